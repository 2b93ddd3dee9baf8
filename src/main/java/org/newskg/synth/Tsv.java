package org.newskg.synth;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A gazetteer table read by its header line, so columns can be added or reordered without breaking
 * the generator. Lines starting with '#' and blank lines are comments.
 */
final class Tsv {
  /** One data row; {@code get} gives "" for a column the file does not have. */
  record Row(Map<String, String> cells) {
    String get(String column) {
      return cells.getOrDefault(column, "").strip();
    }

    List<String> list(String column) {
      List<String> out = new ArrayList<>();
      for (String s : get(column).split("\\|")) {
        if (!s.isBlank()) {
          out.add(s.strip());
        }
      }
      return out;
    }
  }

  private Tsv() {}

  /** The rows of {@code file}, or none when it does not exist (the gazetteer is still growing). */
  static List<Row> read(Path file) throws IOException {
    List<Row> rows = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      return rows;
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String[] header = null;
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (header == null) {
          header = cells;
          continue;
        }
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < header.length && i < cells.length; i++) {
          m.put(header[i].strip(), cells[i]);
        }
        rows.add(new Row(m));
      }
    }
    return rows;
  }
}
