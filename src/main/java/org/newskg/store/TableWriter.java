package org.newskg.store;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;

/**
 * Results as a text table for a terminal: literals as their plain text (no quotes, no datatype),
 * IRIs shortened with the query's prefixes, one row per line (line breaks and other control
 * characters in values are shown escaped, so a sentence cannot break the table).
 */
final class TableWriter {
  private TableWriter() {}

  static void write(RowSet rows, PrefixMapping prefixes, PrintStream out) {
    List<Var> vars = rows.getResultVars();
    List<String[]> cells = new ArrayList<>();
    int[] width = new int[vars.size()];
    for (int i = 0; i < vars.size(); i++) {
      width[i] = vars.get(i).getVarName().codePointCount(0, vars.get(i).getVarName().length());
    }
    while (rows.hasNext()) {
      Binding b = rows.next();
      String[] row = new String[vars.size()];
      for (int i = 0; i < row.length; i++) {
        row[i] = show(b.get(vars.get(i)), prefixes);
        width[i] = Math.max(width[i], row[i].codePointCount(0, row[i].length()));
      }
      cells.add(row);
    }
    String[] header = vars.stream().map(Var::getVarName).toArray(String[]::new);
    line(out, header, width);
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < width.length; i++) {
      rule.append(i == 0 ? "" : "-+-").append("-".repeat(width[i]));
    }
    out.println(rule);
    for (String[] row : cells) {
      line(out, row, width);
    }
    out.println("(" + cells.size() + (cells.size() == 1 ? " row)" : " rows)"));
  }

  private static void line(PrintStream out, String[] row, int[] width) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < row.length; i++) {
      b.append(i == 0 ? "" : " | ").append(row[i]);
      if (i < row.length - 1) {
        b.append(" ".repeat(width[i] - row[i].codePointCount(0, row[i].length())));
      }
    }
    out.println(b);
  }

  static String show(Node n, PrefixMapping prefixes) {
    if (n == null) {
      return "";
    }
    if (n.isLiteral()) {
      return escape(n.getLiteralLexicalForm());
    }
    if (n.isURI()) {
      String shortForm = prefixes.qnameFor(n.getURI());
      return shortForm != null ? shortForm : "<" + n.getURI() + ">";
    }
    if (n.isBlank()) {
      return "_:" + n.getBlankNodeLabel();
    }
    return escape(n.toString());
  }

  private static String escape(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c)) {
        if (b == null) {
          b = new StringBuilder(s.substring(0, i));
        }
        switch (c) {
          case '\n' -> b.append("\\n");
          case '\r' -> b.append("\\r");
          case '\t' -> b.append("\\t");
          default -> b.append(String.format("\\u%04X", (int) c));
        }
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }
}
