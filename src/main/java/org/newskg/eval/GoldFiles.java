package org.newskg.eval;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads gold TSV files the way score.py does: unquoted tab-separated text (fields may hold
 * quotation marks), a header row naming the columns, blank lines skipped. Unlike score.py, a row
 * that lacks a column the scorer needs is refused with its file and line rather than crashing.
 */
public final class GoldFiles {
  private GoldFiles() {}

  public static List<GoldAttribution> attributions(Path path) {
    List<GoldAttribution> out = new ArrayList<>();
    for (Row r : rows(path, "file", "attributor", "perpetrator", "stance")) {
      String file = r.get("file");
      out.add(
          new GoldAttribution(
              file,
              stem(file),
              r.get("attributor"),
              Names.names(r.get("attributor"), r.get("attributor_aliases")),
              r.get("strike"),
              r.get("perpetrator"),
              Names.names(r.get("perpetrator"), r.get("perpetrator_aliases")),
              r.get("stance"),
              r.get("certainty"),
              r.get("evidence"),
              !"no".equals(r.getOrDefault("required", "yes")),
              r.line()));
    }
    return out;
  }

  public static List<GoldQuote> quotes(Path path) {
    List<GoldQuote> out = new ArrayList<>();
    for (Row r : rows(path, "file", "speaker", "quote_start")) {
      String file = r.get("file");
      String start = r.get("quote_start");
      out.add(
          new GoldQuote(
              file,
              stem(file),
              r.get("speaker"),
              Names.names(r.get("speaker"), r.get("speaker_aliases")),
              start,
              Py.head(Names.norm(start), 40),
              r.line()));
    }
    return out;
  }

  /** {@code file.rsplit(".", 1)[0]} */
  static String stem(String file) {
    int dot = file.lastIndexOf('.');
    return dot < 0 ? file : file.substring(0, dot);
  }

  private record Row(Map<String, String> fields, int line) {
    String get(String column) {
      return fields.get(column);
    }

    String getOrDefault(String column, String fallback) {
      return fields.getOrDefault(column, fallback);
    }
  }

  private static List<Row> rows(Path path, String... needed) {
    String text = read(path);
    List<String> lines = Py.splitlines(text);
    if (lines.isEmpty()) {
      throw new EvalException(path + ": empty gold file (expected a header row)");
    }
    String[] head = lines.get(0).split("\t", -1);
    for (String column : needed) {
      if (!List.of(head).contains(column)) {
        throw new EvalException(
            path + ":1: no column '" + column + "' in the header " + String.join(",", head));
      }
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (Py.strip(line).isEmpty()) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      Map<String, String> fields = new HashMap<>();
      // zip(head, cells): extra cells are ignored, missing ones leave the column absent.
      for (int c = 0; c < Math.min(head.length, cells.length); c++) {
        fields.put(head[c], cells[c]);
      }
      for (String column : needed) {
        if (!fields.containsKey(column)) {
          throw new EvalException(
              path
                  + ":"
                  + (i + 1)
                  + ": "
                  + cells.length
                  + " fields, no value for column '"
                  + column
                  + "'");
        }
      }
      rows.add(new Row(fields, i + 1));
    }
    return rows;
  }

  /** The file as strict UTF-8 text; every failure is one line naming the file. */
  static String read(Path path) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .decode(ByteBuffer.wrap(Files.readAllBytes(path)))
          .toString();
    } catch (NoSuchFileException e) {
      throw new EvalException(path + ": no such file");
    } catch (CharacterCodingException e) {
      throw new EvalException(path + ": not UTF-8 text");
    } catch (IOException e) {
      throw new EvalException(path + ": cannot read (" + e.getMessage() + ")");
    }
  }
}
