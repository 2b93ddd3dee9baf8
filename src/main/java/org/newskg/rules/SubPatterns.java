package org.newskg.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Named sub-patterns: a stanza {@code define: subject} with a {@code pattern:} lets rules write
 * {@code <subject>} instead of repeating the same words in every rule. A reference stands for its
 * pattern in brackets, so it is one element (quantifiable, capturable, captures inside it work).
 * A definition may use definitions made before it (file order); references inside quoted words
 * and {@code /regex/} values are text, not references.
 */
final class SubPatterns {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

  /** One {@code define:} stanza, its pattern already expanded. */
  record Definition(String name, String source, Path file, int line) {}

  private final Map<String, Definition> defined = new LinkedHashMap<>();

  static boolean isDefinition(Stanza stanza) {
    return !stanza.entries().isEmpty() && stanza.entries().get(0).key().equals("define");
  }

  /**
   * Reads a {@code define:} stanza; problems go to {@code errors} as "FILE:LINE[:COL]: …".
   * The pattern is compiled on its own with {@code ctx}, so a broken definition is reported where
   * it is written, not in every rule that uses it.
   */
  void define(Path file, Stanza stanza, PatternContext ctx, List<String> errors) {
    String name = null;
    Stanza.Entry pattern = null;
    for (Stanza.Entry e : stanza.entries()) {
      switch (e.key()) {
        case "define" -> name = e.value();
        case "pattern" -> pattern = e;
        case "description" -> { }
        default -> errors.add(file + ":" + e.line() + ": define " + stanza.entries().get(0).value()
            + ": unknown key '" + e.key() + "' (a definition has define, description and pattern)");
      }
    }
    String label = "define " + name + ": ";
    if (name == null || !NAME.matcher(name).matches()) {
      errors.add(file + ":" + stanza.line() + ": " + label + "bad name: use lower-case letters, digits and -, starting with a letter");
      return;
    }
    if (defined.containsKey(name)) {
      Definition first = defined.get(name);
      errors.add(file + ":" + stanza.line() + ": " + label + "defined twice (first at " + first.file() + ":" + first.line() + ")");
      return;
    }
    if (pattern == null || pattern.value().isBlank()) {
      errors.add(file + ":" + stanza.line() + ": " + label + "missing 'pattern:'");
      return;
    }
    Expanded x = expand(pattern.value());
    if (x.error() != null) {
      int[] lc = pattern.position(x.errorOffset());
      errors.add(file + ":" + lc[0] + ":" + lc[1] + ": " + label + x.error());
      return;
    }
    try {
      TokenPattern.compileOrThrow(x.text(), ctx);
    } catch (PatternSyntaxError err) {
      int[] lc = pattern.position(x.originalOffset(err.offset()));
      errors.add(file + ":" + lc[0] + ":" + lc[1] + ": " + label + err.getMessage());
      return;
    }
    defined.put(name, new Definition(name, x.text(), file, stanza.line()));
  }

  /**
   * {@code source} with every {@code <name>} replaced by {@code ( its pattern )}; an unknown name
   * is an error at the reference's offset.
   */
  Expanded expand(String source) {
    StringBuilder out = new StringBuilder(source.length());
    List<int[]> pieces = new ArrayList<>(); // expandedStart, expandedEnd, originalStart, originalEnd
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (c == '"' || c == '\'') {
        int close = source.indexOf(c, i + 1);
        int end = close < 0 ? n : close + 1;
        out.append(source, i, end);
        i = end;
      } else if (c == '/' && i > 0 && source.charAt(i - 1) == '=') {
        int close = i + 1;
        while (close < n && source.charAt(close) != '/') {
          close += source.charAt(close) == '\\' ? 2 : 1;
        }
        int end = Math.min(n, close + 1);
        out.append(source, i, end);
        i = end;
      } else if (c == '<') {
        int close = source.indexOf('>', i);
        String name = close < 0 ? "" : source.substring(i + 1, close);
        Definition d = defined.get(name);
        if (d == null) {
          String known = defined.isEmpty() ? "none is defined" : "defined: " + String.join(", ", defined.keySet());
          return new Expanded(null, List.of(), "unknown sub-pattern <" + name + "> (" + known + "; a define: stanza must come before its use)", i);
        }
        int start = out.length();
        out.append("( ").append(d.source()).append(" )");
        pieces.add(new int[] {start, out.length(), i, close + 1});
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return new Expanded(out.toString(), pieces, null, -1);
  }

  /**
   * A pattern after expansion.
   *
   * @param pieces for each expanded reference: its start and end in {@code text}, and its start and
   *     end (after the {@code >}) in the source
   */
  record Expanded(String text, List<int[]> pieces, String error, int errorOffset) {
    /** The source offset for an offset in {@code text}: inside a reference, the reference itself. */
    int originalOffset(int offset) {
      int shift = 0;
      for (int[] p : pieces) {
        if (offset < p[0]) {
          break;
        }
        if (offset < p[1]) {
          return p[2];
        }
        shift = p[1] - p[3];
      }
      return offset - shift;
    }
  }
}
