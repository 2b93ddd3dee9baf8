package org.newskg.gazetteer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newskg.rules.RuleException;

/** A TSV file with a header line; '#' lines are comments. Errors name the file and line. */
public record TsvFile(Path file, List<String> header, List<Row> rows) {
  public record Row(Path file, int line, Map<String, String> values) {
    public String get(String column) {
      String v = values.get(column);
      return v == null || v.isBlank() ? null : v.strip();
    }

    public List<String> list(String column) {
      String v = get(column);
      if (v == null) {
        return List.of();
      }
      return Arrays.stream(v.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public Double number(String column) {
      String v = get(column);
      if (v == null) {
        return null;
      }
      try {
        return Double.valueOf(v);
      } catch (NumberFormatException e) {
        throw new RuleException(file + ":" + line + ": column " + column + ": not a number: " + v);
      }
    }

    public String where() {
      return file + ":" + line;
    }
  }

  public static TsvFile read(Path file, List<String> required) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RuleException(file + ": cannot read: " + e.getMessage(), e);
    }
    List<String> header = null;
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.isBlank() || l.startsWith("#")) {
        continue;
      }
      String[] cells = l.split("\t", -1);
      if (header == null) {
        header = List.of(cells);
        for (String r : required) {
          if (!header.contains(r)) {
            throw new RuleException(file + ":" + (i + 1) + ": header lacks column '" + r + "' (has " + header + ")");
          }
        }
        continue;
      }
      if (cells.length > header.size()) {
        throw new RuleException(file + ":" + (i + 1) + ": " + cells.length + " columns, header has " + header.size());
      }
      Map<String, String> values = new HashMap<>();
      for (int c = 0; c < cells.length; c++) {
        values.put(header.get(c), cells[c]);
      }
      rows.add(new Row(file, i + 1, values));
    }
    return new TsvFile(file, header == null ? List.of() : header, rows);
  }
}
