package org.newskg.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one bench run, printable as a text table or as JSON.
 *
 * @param settings what was asked for
 * @param environment processors, Java version, heap limit, JVM options
 * @param heapLimitBytes the JVM's maximum heap
 * @param sizes one result per corpus size, smallest first
 * @param queries query latencies over the largest store
 */
public record BenchReport(
    Bench.Settings settings, String environment, long heapLimitBytes, List<SizeResult> sizes, List<Latency> queries) {
  public BenchReport {
    sizes = List.copyOf(sizes);
    queries = List.copyOf(queries);
  }

  private static final double MB = 1024.0 * 1024.0;

  public void printTable(PrintWriter out) {
    out.println("newskg bench, seed " + settings.seed() + ", " + settings.threads() + " threads");
    out.println(environment);
    for (SizeResult s : sizes) {
      out.println();
      out.printf(Locale.ROOT, "%,d articles, %.1f MB of text, %,d triples (N-Quads dump %.1f MB)%n",
          s.articles(), s.textBytes() / 1e6, s.triples(), s.nquadsBytes() / 1e6);
      out.printf(Locale.ROOT, "  %-28s %10s %10s %10s %9s %12s%n",
          "pass", "seconds", "articles/s", "MB/s", "MB/s/core", "peak heap MB");
      row(out, "tokenise only (floor)", s.tokenize(), true);
      row(out, "extract only", s.extract(), true);
      row(out, "write facts to TDB2 only", s.write(), false);
      row(out, "end to end (build)", s.endToEnd(), true);
      row(out, "Jena bulk loader (N-Quads)", s.tdbLoader(), false);
      out.printf(Locale.ROOT, "  end to end / bulk loader: %.2fx the time%n",
          s.endToEnd().seconds() / s.tdbLoader().seconds());
    }
    if (!queries.isEmpty()) {
      SizeResult largest = sizes.get(sizes.size() - 1);
      out.println();
      out.printf(Locale.ROOT, "queries on the %,d-article store (%,d triples), %d warm-up + %d timed runs each%n",
          largest.articles(), largest.triples(), QueryBench.WARMUP, settings.runs());
      out.printf(Locale.ROOT, "  %-28s %10s %11s %11s %12s%n", "query", "rows", "median ms", "p95 ms", "rows/s");
      for (Latency q : queries) {
        out.printf(Locale.ROOT, "  %-28s %,10d %11.1f %11.1f %,12.0f%n",
            q.name(), q.rows(), q.medianMillis(), q.p95Millis(), q.rowsPerSecond());
      }
    }
    out.flush();
  }

  private void row(PrintWriter out, String name, Rate r, boolean text) {
    out.printf(Locale.ROOT, "  %-28s %10.2f %,10.0f %10s %9s %12.0f%n",
        name,
        r.seconds(),
        r.articlesPerSecond(),
        text ? String.format(Locale.ROOT, "%.2f", r.megabytesPerSecond()) : "-",
        text ? String.format(Locale.ROOT, "%.2f", r.megabytesPerSecond() / settings.threads()) : "-",
        r.peakHeapBytes() / MB);
  }

  public void printJson(PrintWriter out) {
    StringBuilder b = new StringBuilder();
    b.append("{\n  \"seed\": ").append(settings.seed())
        .append(",\n  \"threads\": ").append(settings.threads())
        .append(",\n  \"queryRuns\": ").append(settings.runs())
        .append(",\n  \"environment\": ").append(Json.string(environment))
        .append(",\n  \"heapLimitBytes\": ").append(heapLimitBytes)
        .append(",\n  \"sizes\": [");
    for (int i = 0; i < sizes.size(); i++) {
      SizeResult s = sizes.get(i);
      b.append(i == 0 ? "\n" : ",\n")
          .append("    {\"articles\": ").append(s.articles())
          .append(", \"textBytes\": ").append(s.textBytes())
          .append(", \"triples\": ").append(s.triples())
          .append(", \"nquadsBytes\": ").append(s.nquadsBytes())
          .append(",\n     \"tokenize\": ").append(Json.rate(s.tokenize()))
          .append(",\n     \"extract\": ").append(Json.rate(s.extract()))
          .append(",\n     \"write\": ").append(Json.rate(s.write()))
          .append(",\n     \"endToEnd\": ").append(Json.rate(s.endToEnd()))
          .append(",\n     \"tdbLoader\": ").append(Json.rate(s.tdbLoader()))
          .append("}");
    }
    b.append("\n  ],\n  \"queries\": [");
    for (int i = 0; i < queries.size(); i++) {
      Latency q = queries.get(i);
      b.append(i == 0 ? "\n" : ",\n")
          .append("    {\"name\": ").append(Json.string(q.name()))
          .append(", \"rows\": ").append(q.rows())
          .append(", \"medianMillis\": ").append(Json.number(q.medianMillis()))
          .append(", \"p95Millis\": ").append(Json.number(q.p95Millis()))
          .append(", \"runs\": ").append(q.runs())
          .append("}");
    }
    b.append("\n  ]\n}");
    out.println(b);
    out.flush();
  }
}
