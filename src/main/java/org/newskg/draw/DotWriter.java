package org.newskg.draw;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes the attribution network as Graphviz DOT: one node per actor (shape by kind), one edge
 * per attribution from attributor to perpetrator (colour and line by stance, labelled with the
 * strike), and a legend of the stances and kinds that occur. The same rows always give the same
 * text: node ids follow the sorted actor IRIs, edges the row order.
 */
public final class DotWriter {
  /** Strike labels wrap at about this many characters so edges stay readable. */
  static final int WRAP = 28;

  private DotWriter() {}

  public static String write(List<AttributionRow> rows, String title) {
    Map<String, Actor> actors = actors(rows);
    StringBuilder b = new StringBuilder();
    b.append("digraph attributions {\n");
    b.append("  graph [label=").append(quote(title)).append(", labelloc=t, fontsize=16,")
        .append(" fontname=\"Helvetica\", rankdir=LR, nodesep=0.3, ranksep=1.2];\n");
    b.append("  node [fontname=\"Helvetica\", fontsize=11, fillcolor=\"#F4F4F4\"];\n");
    b.append("  edge [fontname=\"Helvetica\", fontsize=9];\n");
    b.append("\n  // actors: shape by kind\n");
    for (Actor a : actors.values()) {
      Legend.NodeLook look = Legend.kind(a.kind);
      b.append("  ").append(a.id).append(" [label=").append(quote(a.label))
          .append(", shape=").append(look.shape())
          .append(", style=").append(quote(look.style()))
          .append(", tooltip=").append(quote(a.label + " (" + look.name() + ")"))
          .append("];\n");
    }
    b.append("\n  // attributions: attributor -> perpetrator, colour by stance, labelled with the strike\n");
    for (AttributionRow r : rows) {
      Legend.EdgeLook look = Legend.stance(r.stance());
      b.append("  ").append(actors.get(r.attributorIri()).id)
          .append(" -> ").append(actors.get(r.perpetratorIri()).id)
          .append(" [label=").append(quote(wrap(r.strike(), WRAP)))
          .append(", color=").append(quote(look.colour()))
          .append(", fontcolor=").append(quote(look.colour()))
          .append(", style=").append(look.style())
          .append(", arrowhead=").append(look.arrowhead())
          .append(", tooltip=").append(quote(
              r.attributor() + " " + Legend.words(r.stance()) + " " + r.perpetrator() + " (" + r.certainty()
                  + "), " + r.article() + ": " + r.evidence()))
          .append("];\n");
    }
    legend(b, rows, actors);
    b.append("}\n");
    return b.toString();
  }

  /** A box of sample nodes and edges, only for the kinds and stances the picture uses. */
  private static void legend(StringBuilder b, List<AttributionRow> rows, Map<String, Actor> actors) {
    Set<String> stances = new LinkedHashSet<>();
    for (String s : Legend.STANCES.keySet()) {
      if (rows.stream().anyMatch(r -> r.stance().equals(s))) {
        stances.add(s);
      }
    }
    rows.stream().map(AttributionRow::stance).sorted().forEach(stances::add);
    Set<String> kinds = new LinkedHashSet<>();
    for (String k : Legend.KINDS.keySet()) {
      if (actors.values().stream().anyMatch(a -> a.kind.equals(k))) {
        kinds.add(k);
      }
    }
    actors.values().stream().map(a -> a.kind).sorted().forEach(kinds::add);

    b.append("\n  // legend: a table of stances, beside it one sample node per kind\n");
    b.append("  subgraph cluster_legend {\n");
    b.append("    label=\"Legend\"; fontsize=12; style=rounded; color=\"#999999\";\n");
    b.append("    legend_stances [shape=plaintext, style=\"\", label=<<table border=\"0\" cellborder=\"0\" cellspacing=\"1\">");
    for (String s : stances) {
      Legend.EdgeLook look = Legend.stance(s);
      b.append("<tr><td align=\"right\"><font color=\"").append(look.colour()).append("\">")
          .append(glyph(look)).append("</font></td><td align=\"left\"><font color=\"")
          .append(look.colour()).append("\">").append(html(Legend.words(s))).append("</font></td></tr>");
    }
    b.append("</table>>];\n");
    List<String> ids = new ArrayList<>();
    for (String k : kinds) {
      Legend.NodeLook look = Legend.kind(k);
      String id = "legend_kind" + (ids.size() + 1);
      ids.add(id);
      b.append("    ").append(id).append(" [label=").append(quote(look.name()))
          .append(", shape=").append(look.shape()).append(", style=").append(quote(look.style()))
          .append(", fontsize=9];\n");
    }
    if (!ids.isEmpty()) {
      // One rank is one column under rankdir=LR: the kinds stand beside the stance table, which
      // keeps the legend narrow however many kinds there are.
      b.append("    {rank=same; ").append(String.join("; ", ids)).append(";}\n");
      b.append("    legend_stances -> ").append(ids.get(0)).append(" [style=invis];\n");
    }
    b.append("  }\n");
  }

  /** A line drawn in text, as the stance's edges look: solid, dashed or dotted, arrow or bar. */
  private static String glyph(Legend.EdgeLook look) {
    String line = switch (look.style()) {
      case "dashed" -> "- - - -";
      case "dotted" -> "\u00b7\u00b7\u00b7\u00b7\u00b7\u00b7";
      case "bold" -> "\u2501\u2501\u2501\u2501";
      default -> "\u2500\u2500\u2500\u2500";
    };
    String end = switch (look.arrowhead()) {
      case "tee" -> "\u2524";
      case "odot" -> "\u25cb";
      default -> "\u25b6";
    };
    return line + end;
  }

  /** Text inside a DOT HTML-like label. */
  private static String html(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static final class Actor {
    final String iri;
    final String label;
    final String kind;
    String id;

    Actor(String iri, String label, String kind) {
      this.iri = iri;
      this.label = label;
      this.kind = kind;
    }
  }

  /** Actors by IRI, numbered in the order of their sorted labels (then IRIs). */
  private static Map<String, Actor> actors(List<AttributionRow> rows) {
    Map<String, Actor> byIri = new TreeMap<>();
    for (AttributionRow r : rows) {
      byIri.putIfAbsent(r.attributorIri(), new Actor(r.attributorIri(), r.attributor(), r.attributorKind()));
      byIri.putIfAbsent(r.perpetratorIri(), new Actor(r.perpetratorIri(), r.perpetrator(), r.perpetratorKind()));
    }
    List<Actor> sorted = new ArrayList<>(byIri.values());
    sorted.sort(Comparator.comparing((Actor a) -> a.label.toLowerCase(Locale.ROOT)).thenComparing(a -> a.iri));
    Map<String, Actor> out = new LinkedHashMap<>();
    int n = 0;
    for (Actor a : sorted) {
      a.id = "actor" + (++n);
      out.put(a.iri, a);
    }
    return out;
  }

  /** Breaks {@code s} into lines of about {@code width} characters at spaces. */
  static String wrap(String s, int width) {
    StringBuilder out = new StringBuilder();
    int line = 0;
    for (String word : s.strip().split("\\s+")) {
      if (line > 0 && line + 1 + word.length() > width) {
        out.append('\n');
        line = 0;
      } else if (line > 0) {
        out.append(' ');
        line++;
      }
      out.append(word);
      line += word.length();
    }
    return out.toString();
  }

  /**
   * A DOT quoted string. Backslashes are doubled first, because DOT reads "\N", "\G", "\l" and
   * friends as escapes; a line break becomes DOT's centred "\n"; other control characters become
   * spaces since DOT has no way to write them. Graphviz also decodes HTML entities in every
   * label ("&amp;amp;" shows as "&amp;"), so an ampersand is written as "&amp;amp;" to show as
   * itself.
   */
  static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '"' -> b.append("\\\"");
        case '&' -> b.append("&amp;");
        case '\n' -> b.append("\\n");
        case '\r' -> { }
        default -> b.append(Character.isISOControl(c) ? ' ' : c);
      }
    }
    return b.append('"').toString();
  }
}
