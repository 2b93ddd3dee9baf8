package org.newskg.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.atlas.json.io.JSONMaker;
import org.apache.jena.atlas.json.io.parser.JSONParser;

/**
 * A JSON Lines archive, one article object per line, read line by line so an archive of any size
 * streams. A broken line is reported with its number and the rest of the file goes on.
 */
final class JsonLines {
  private static final Pattern TOKEN = Pattern.compile("\\[[A-Z_]+:([^\\]]*)\\]");
  private final Path file;
  private final String fileName;
  private final long maxLineBytes;
  private final ArticleConsumer consumer;
  private int lineNo;
  private boolean any;

  private JsonLines(Path file, String fileName, long maxLineBytes, ArticleConsumer consumer) {
    this.file = file;
    this.fileName = fileName;
    this.maxLineBytes = maxLineBytes;
    this.consumer = consumer;
  }

  /**
   * Reads the archive {@code file}, whose articles are named {@code name#LINE}; the caller has
   * checked the first bytes already (encoding, not binary).
   */
  static void read(
      Path file,
      String name,
      InputStream in,
      Decoding.Detected d,
      long maxLineBytes,
      ArticleConsumer consumer)
      throws IOException, Skip {
    JsonLines j = new JsonLines(file, name, maxLineBytes, consumer);
    in.skipNBytes(d.bomLength());
    if (d.utf16()) {
      j.charLines(new InputStreamReader(in, d.charset()));
    } else {
      j.byteLines(in);
    }
    if (!j.any) {
      throw new Skip("empty file");
    }
  }

  private void byteLines(InputStream in) throws IOException {
    byte[] buf = new byte[1 << 16];
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    long length = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      int start = 0;
      for (int i = 0; i < n; i++) {
        if (buf[i] == '\n') {
          length += i - start;
          if (length <= maxLineBytes) {
            line.write(buf, start, i - start);
          }
          byteLine(line, length);
          line.reset();
          length = 0;
          start = i + 1;
        }
      }
      length += n - start;
      if (length <= maxLineBytes) {
        line.write(buf, start, n - start);
      } else {
        line.reset();
      }
    }
    if (length > 0) {
      byteLine(line, length);
    }
  }

  private void byteLine(ByteArrayOutputStream line, long length) {
    lineNo++;
    if (length > maxLineBytes) {
      tooLong(length);
      return;
    }
    byte[] b = line.toByteArray();
    line(Decoding.utf8OrWindows1252(b, 0, b.length));
  }

  private void charLines(Reader in) throws IOException {
    char[] buf = new char[1 << 15];
    StringBuilder line = new StringBuilder();
    long length = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      for (int i = 0; i < n; i++) {
        if (buf[i] == '\n') {
          lineNo++;
          if (length > maxLineBytes) {
            tooLong(length);
          } else {
            line(line.toString());
          }
          line.setLength(0);
          length = 0;
        } else {
          length += 2;
          if (length <= maxLineBytes) {
            line.append(buf[i]);
          } else {
            line.setLength(0);
          }
        }
      }
    }
    if (length > 0) {
      lineNo++;
      if (length > maxLineBytes) {
        tooLong(length);
      } else {
        line(line.toString());
      }
    }
  }

  private void tooLong(long length) {
    any = true;
    consumer.skipped(
        where(),
        "line too long ("
            + ReadOptions.size(length)
            + "; limit "
            + ReadOptions.size(maxLineBytes)
            + ")");
  }

  private void line(String raw) {
    String text = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
    if (lineNo == 1 && text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      return;
    }
    any = true;
    try {
      consumer.article(article(parse(text.strip())));
    } catch (Skip s) {
      consumer.skipped(where(), s.getMessage());
    }
  }

  private String where() {
    return file + ":" + lineNo;
  }

  /** Jena's JSON parser, made strict about text after the object (a lost newline, say). */
  private static JsonObject parse(String line) throws Skip {
    long[] end = {-1};
    JSONMaker maker =
        new JSONMaker() {
          @Override
          public void finishObject(long l, long col) {
            end[0] = col; // the outermost object finishes last
            super.finishObject(l, col);
          }
        };
    try {
      JSONParser.parseAny(new StringReader(line), maker);
    } catch (JsonParseException e) {
      String msg = e.getMessage() == null ? "syntax error" : e.getMessage();
      // Jena prints tokens as "[KEYWORD:oops]"; the user wrote oops.
      msg = TOKEN.matcher(msg).replaceAll("'$1'");
      throw new Skip("broken JSON: " + lowerFirst(msg) + " near column " + e.getColumn());
    } catch (RuntimeException e) {
      throw new Skip("broken JSON: " + e.getMessage());
    }
    JsonValue v = maker.jsonValue();
    if (v == null || !v.isObject()) {
      throw new Skip("broken JSON: not an object");
    }
    if (end[0] >= 0 && end[0] < line.length()) {
      throw new Skip("broken JSON: unexpected text after the object at column " + (end[0] + 1));
    }
    return v.getAsObject();
  }

  private RawArticle article(JsonObject o) throws Skip {
    JsonValue text = o.get("text");
    if (text == null) {
      throw new Skip("no \"text\" field");
    }
    if (!text.isString()) {
      throw new Skip("\"text\" is not a string");
    }
    String body = Decoding.normaliseNewlines(text.getAsString().value());
    if (body.isBlank()) {
      throw new Skip("empty text");
    }
    String publisher = string(o, "publisher");
    if (publisher == null) {
      publisher = string(o, "source");
    }
    if (publisher == null && o.get("source") instanceof JsonObject src) {
      publisher = string(src, "name"); // NewsAPI style: "source": {"id": …, "name": …}
    }
    return new RawArticle(
        fileName + "#" + lineNo,
        body,
        string(o, "title"),
        IsoDates.iso(string(o, "date")),
        string(o, "url"),
        publisher);
  }

  private static String string(JsonObject o, String key) {
    JsonValue v = o.get(key);
    if (v == null || !v.isString()) {
      return null;
    }
    String s = v.getAsString().value().strip();
    return s.isEmpty() ? null : s;
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
