package org.newskg.eval;

import java.io.PrintWriter;
import java.util.Map;

/**
 * Prints scores as text. The summary lines have score.py's wording so that the two can be compared
 * by eye; the last line is "F1 x.xxx", the strict attribution F1, as score.py's last line.
 */
public final class Report {
  private static final int SNIPPET = 100;

  private Report() {}

  /** Prints the attribution score, then the quote score when there is one, then every error. */
  public static void print(AttributionScore a, QuoteScore q, PrintWriter out) {
    out.println("== attributions (who attributed which strike to whom)");
    out.println(summary("strict", a.strict()));
    out.println(summary("lenient", a.lenient()));
    out.println();
    out.println("by stance (strict; tp and gold by the gold stance, fp by the predicted one):");
    out.printf(
        "  %-28s %4s %4s %4s  %-9s  %-6s  %s%n",
        "stance", "tp", "fp", "gold", "precision", "recall", "F1");
    for (Map.Entry<String, Counts> e : a.byStance().entrySet()) {
      Counts c = e.getValue();
      out.printf(
          "  %-28s %4d %4d %4d  %-9s  %-6s  %s%n",
          e.getKey(),
          c.tp(),
          c.fp(),
          c.gold(),
          Py.f3(c.precision()),
          Py.f3(c.recall()),
          Py.f3(c.f1()));
    }
    out.println();
    out.println("by rule (strict):");
    rules(a.byRule(), a.misses().size(), out);
    if (q != null) {
      out.println();
      out.println("== direct quotes and their speakers");
      Counts c = q.counts();
      out.println(
          "quotes: tp="
              + c.tp()
              + " fp="
              + c.fp()
              + " (wrong speaker "
              + q.wrongSpeaker()
              + ") gold="
              + c.gold()
              + " precision="
              + Py.f3(c.precision())
              + " recall="
              + Py.f3(c.recall())
              + " F1="
              + Py.f3(c.f1()));
      out.println();
      out.println("by rule:");
      rules(q.byRule(), q.misses().size(), out);
    }
    out.println();
    out.println("== attribution misses (strict): " + a.misses().size());
    for (GoldAttribution g : a.misses()) {
      out.println(
          "  "
              + g.file()
              + "  "
              + g.attributor()
              + " -> "
              + g.perpetrator()
              + "  "
              + g.stance()
              + "  | "
              + snippet(g.evidence()));
    }
    out.println();
    out.println("== attribution false positives (strict): " + a.falsePositives().size());
    for (FalsePositive f : a.falsePositives()) {
      PredictedAttribution p = f.row();
      out.println(
          "  "
              + p.article()
              + "  "
              + p.attributor()
              + " -> "
              + p.perpetrator()
              + "  "
              + p.stance()
              + "  ["
              + ruleName(p.rule())
              + "]  | "
              + snippet(p.evidence()));
    }
    if (q != null) {
      out.println();
      out.println("== quote misses: " + q.misses().size());
      for (GoldQuote g : q.misses()) {
        out.println("  " + g.file() + "  " + g.speaker() + "  | " + g.quoteStart());
      }
      out.println();
      out.println("== quote false positives: " + q.falsePositives().size());
      for (PredictedQuote p : q.falsePositives()) {
        out.println(
            "  "
                + p.article()
                + "  "
                + p.speaker()
                + "  ["
                + ruleName(p.rule())
                + "]  | "
                + snippet(p.quote()));
      }
    }
    out.println();
    out.println("F1 " + Py.f3(a.strict().f1()));
    out.flush();
  }

  /** A score with three decimals, rounded as Python prints it (so it matches score.py). */
  public static String f3(double x) {
    return Py.f3(x);
  }

  /** score.py's summary line for one mode. */
  static String summary(String mode, Counts c) {
    return mode
        + ": tp="
        + c.tp()
        + " fp="
        + c.fp()
        + " gold="
        + c.gold()
        + " precision="
        + Py.f3(c.precision())
        + " recall="
        + Py.f3(c.recall())
        + " F1="
        + Py.f3(c.f1())
        + " certainty_acc="
        + c.certaintyOk()
        + "/"
        + c.certaintySeen();
  }

  private static void rules(Map<String, RuleCounts> byRule, int misses, PrintWriter out) {
    out.printf("  %-40s %4s %4s %7s%n", "rule", "tp", "fp", "ignored");
    for (Map.Entry<String, RuleCounts> e : byRule.entrySet()) {
      RuleCounts r = e.getValue();
      out.printf("  %-40s %4d %4d %7d%n", ruleName(e.getKey()), r.tp(), r.fp(), r.ignored());
    }
    out.printf("  %-40s %4d gold rows no rule found (listed below)%n", "misses", misses);
  }

  private static String ruleName(String rule) {
    return rule.isEmpty() ? "(rule unknown)" : rule;
  }

  private static String snippet(String s) {
    String one = s == null ? "" : s.replaceAll("\\s+", " ").strip();
    return one.length() <= SNIPPET ? one : one.substring(0, SNIPPET - 3) + "...";
  }
}
