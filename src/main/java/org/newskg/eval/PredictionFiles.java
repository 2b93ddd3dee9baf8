package org.newskg.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads query results saved as CSV or TSV (SPARQL 1.1 results, header row first) the way score.py
 * does with {@code csv.DictReader}: tab-separated when the first line holds a tab, else commas;
 * header names lose a leading "?" and are lower-cased; missing cells read as "".
 */
public final class PredictionFiles {
  private PredictionFiles() {}

  public static List<PredictedAttribution> attributions(Path path) {
    List<PredictedAttribution> out = new ArrayList<>();
    for (Map<String, String> r : rows(path)) {
      out.add(
          new PredictedAttribution(
              r.get("article"),
              r.get("attributor"),
              r.get("strike"),
              r.get("perpetrator"),
              r.get("stance"),
              r.get("certainty"),
              r.get("evidence"),
              r.get("rule")));
    }
    return out;
  }

  public static List<PredictedQuote> quotes(Path path) {
    List<PredictedQuote> out = new ArrayList<>();
    for (Map<String, String> r : rows(path)) {
      out.add(
          new PredictedQuote(r.get("article"), r.get("speaker"), r.get("quote"), r.get("rule")));
    }
    return out;
  }

  /** Rows as maps from lower-cased column name to cell text. */
  static List<Map<String, String>> rows(Path path) {
    String text = GoldFiles.read(path);
    List<String> lines = Py.splitlines(text);
    char delimiter = !lines.isEmpty() && lines.get(0).indexOf('\t') >= 0 ? '\t' : ',';
    List<List<String>> records = Csv.parse(text, delimiter);
    List<Map<String, String>> out = new ArrayList<>();
    if (records.isEmpty()) {
      return out;
    }
    List<String> head = records.get(0);
    for (List<String> rec : records.subList(1, records.size())) {
      Map<String, String> row = new LinkedHashMap<>();
      for (int c = 0; c < head.size(); c++) {
        String key = Py.strip(lstrip(head.get(c), '?')).toLowerCase(Locale.ROOT);
        if (!head.get(c).isEmpty()) {
          row.put(key, c < rec.size() ? rec.get(c) : "");
        }
      }
      out.add(row);
    }
    return out;
  }

  private static String lstrip(String s, char c) {
    int i = 0;
    while (i < s.length() && s.charAt(i) == c) {
      i++;
    }
    return s.substring(i);
  }
}
