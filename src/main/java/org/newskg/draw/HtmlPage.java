package org.newskg.draw;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One self-contained HTML page: the picture (inline SVG from dot), the legend, and a table of the
 * attributions with their evidence sentences. No scripts, fonts, images or styles from elsewhere,
 * so it opens offline and can be mailed as one file.
 */
public final class HtmlPage {
  private HtmlPage() {}

  /**
   * @param svg the picture as dot drew it, or null when there is none ({@code note} says why)
   * @param note a line shown instead of the picture, or null
   */
  public static String write(List<AttributionRow> rows, String title, String subtitle, String svg, String note) {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(title)).append("</title>\n")
        .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    b.append("<h1>").append(esc(title)).append("</h1>\n");
    b.append("<p class=\"sub\">").append(esc(subtitle)).append("</p>\n");
    if (svg != null) {
      b.append("<div class=\"picture\">\n").append(inlineSvg(svg)).append("\n</div>\n");
    } else {
      b.append("<p class=\"note\">").append(esc(note == null ? "No picture." : note)).append("</p>\n");
    }
    legend(b, rows);
    table(b, rows);
    b.append("</body>\n</html>\n");
    return b.toString();
  }

  private static void legend(StringBuilder b, List<AttributionRow> rows) {
    b.append("<h2>Legend</h2>\n<div class=\"legend\">\n<ul class=\"stances\">\n");
    for (Map.Entry<String, Legend.EdgeLook> e : Legend.STANCES.entrySet()) {
      Legend.EdgeLook look = e.getValue();
      String dash = switch (look.style()) {
        case "dashed" -> " stroke-dasharray=\"6 4\"";
        case "dotted" -> " stroke-dasharray=\"2 3\"";
        default -> "";
      };
      String width = look.style().equals("bold") ? "3" : "1.5";
      b.append("<li><svg width=\"44\" height=\"10\" aria-hidden=\"true\"><line x1=\"2\" y1=\"5\" x2=\"42\" y2=\"5\" stroke=\"")
          .append(look.colour()).append("\" stroke-width=\"").append(width).append('"').append(dash)
          .append("/></svg> <span style=\"color:").append(look.colour()).append("\">")
          .append(esc(Legend.words(e.getKey()))).append("</span>")
          .append(look.arrowhead().equals("tee") ? " (bar end)" : "")
          .append("</li>\n");
    }
    b.append("</ul>\n<ul class=\"kinds\">\n");
    Set<String> used = new TreeSet<>();
    rows.forEach(r -> {
      used.add(r.attributorKind());
      used.add(r.perpetratorKind());
    });
    for (Map.Entry<String, Legend.NodeLook> e : Legend.KINDS.entrySet()) {
      if (used.contains(e.getKey())) {
        b.append("<li>").append(esc(e.getValue().name())).append(": ")
            .append(esc(e.getValue().shape())).append(e.getValue().style().contains("dashed") ? ", dashed" : "")
            .append("</li>\n");
      }
    }
    b.append("</ul>\n</div>\n");
  }

  private static void table(StringBuilder b, List<AttributionRow> rows) {
    b.append("<h2>Attributions</h2>\n<table>\n<thead><tr><th>#</th><th>Article</th><th>Attributor</th>")
        .append("<th>Strike</th><th>Perpetrator</th><th>Stance</th><th>Certainty</th><th>Evidence</th></tr></thead>\n<tbody>\n");
    int n = 0;
    for (AttributionRow r : rows) {
      b.append("<tr><td>").append(++n).append("</td><td>").append(esc(r.article()))
          .append("</td><td>").append(esc(r.attributor()))
          .append("</td><td>").append(esc(r.strike()))
          .append("</td><td>").append(esc(r.perpetrator()))
          .append("</td><td><span class=\"stance\" style=\"border-color:").append(Legend.stance(r.stance()).colour())
          .append("\">").append(esc(Legend.words(r.stance()))).append("</span>")
          .append("</td><td>").append(esc(r.certainty()))
          .append("</td><td class=\"evidence\">").append(esc(r.evidence()))
          .append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n");
  }

  /** The {@code <svg>} element alone: dot's XML declaration and DOCTYPE are not allowed mid-page. */
  static String inlineSvg(String svg) {
    int start = svg.indexOf("<svg");
    return (start < 0 ? svg : svg.substring(start)).strip();
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static final String CSS =
      """
      body { font-family: Helvetica, Arial, sans-serif; margin: 1.5em; color: #222; }
      h1 { font-size: 1.5em; margin-bottom: 0.2em; }
      .sub, .note { color: #555; }
      .note { border-left: 4px solid #E69F00; padding: 0.4em 0.8em; background: #FFF8E8; }
      .picture { overflow: auto; border: 1px solid #ddd; padding: 0.5em; }
      .picture svg { display: block; margin: auto; max-width: 100%; max-height: 88vh; width: auto; height: auto; }
      .legend { display: flex; gap: 3em; }
      .legend ul { list-style: none; padding: 0; margin: 0; }
      .legend li { margin: 0.2em 0; }
      table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
      th, td { border: 1px solid #ddd; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
      th { background: #f4f4f4; }
      .stance { border-left: 4px solid; padding-left: 0.4em; white-space: nowrap; }
      .evidence { color: #444; }
      """;
}
