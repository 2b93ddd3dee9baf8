package org.newskg.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON Lines archives: one article a line, broken lines reported by number, the rest read. */
class JsonLinesTest {
  @TempDir Path dir;

  private Recorder read(Path f, ReadOptions options) {
    Recorder r = new Recorder();
    ArticleFiles.read(List.of(f), options, r);
    return r;
  }

  private Path write(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void fieldsBecomeMetadataAndLinesAreNumberedFromOne() throws IOException {
    Path f =
        write(
            "archive.jsonl",
            "{\"text\": \"Israel struck.\\r"
                + "\\n"
                + "Iraq protested.\", \"title\": \"Strike\", \"url\": \"https://x.example/1\","
                + " \"date\": \"2019-08-21T10:00:00Z\", \"publisher\": \"Al Jazeera\"}\n"
                + "\n"
                + "{\"text\": \"“We act,” he said.\", \"source\": {\"id\": \"mee\", \"name\":"
                + " \"Middle East Eye\"}, \"date\": \"Thu, 22 Aug 2019 08:00:00 GMT\"}\n");
    Recorder r = read(f, ReadOptions.DEFAULTS);
    assertEquals(
        List.of(
            new RawArticle(
                "archive.jsonl#1",
                "Israel struck.\nIraq protested.",
                "Strike",
                "2019-08-21",
                "https://x.example/1",
                "Al Jazeera"),
            new RawArticle(
                "archive.jsonl#3",
                "“We act,” he said.",
                null,
                "2019-08-22",
                null,
                "Middle East Eye")),
        r.articles);
    assertEquals(List.of(), r.skips);
  }

  @Test
  void brokenLinesAreSkippedWithTheirLineAndTheRestGoesOn() throws IOException {
    Path f =
        write(
            "archive.jsonl",
            String.join(
                "\n",
                "{\"text\": \"one\"}",
                "{\"text\": \"unterminated",
                "[1, 2]",
                "{\"title\": \"no text\"}",
                "{\"text\": 42}",
                "{\"text\": \"   \"}",
                "{\"text\": \"a\"}{\"text\": \"b\"}",
                "{\"text\": \"eight\"}"));
    Recorder r = read(f, ReadOptions.DEFAULTS);
    assertEquals(
        List.of(
            "article archive.jsonl#1",
            "skipped " + f + ":2: broken JSON: broken token: unterminated near column 11",
            "skipped " + f + ":3: broken JSON: not an object",
            "skipped " + f + ":4: no \"text\" field",
            "skipped " + f + ":5: \"text\" is not a string",
            "skipped " + f + ":6: empty text",
            "skipped " + f + ":7: broken JSON: unexpected text after the object at column 14",
            "article archive.jsonl#8"),
        r.events);
    assertEquals("eight", r.articles.get(1).text());
  }

  @Test
  void aLineOverTheLimitIsSkippedAndTheNextOneRead() throws IOException {
    String longLine = "{\"text\": \"" + "x".repeat(5000) + "\"}";
    Path f = write("big.jsonl", longLine + "\n{\"text\": \"short\"}\n" + longLine);
    Recorder r = read(f, new ReadOptions(1 << 20, 4096));
    assertEquals(
        List.of(
            "skipped " + f + ":1: line too long (4.9 KB; limit 4 KB)",
            "article big.jsonl#2",
            "skipped " + f + ":3: line too long (4.9 KB; limit 4 KB)"),
        r.events);
  }

  @Test
  void archiveLargerThanTheFileLimitIsStillReadLineByLine() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= 100; i++) {
      sb.append("{\"text\": \"Article ").append(i).append(" about a strike.\"}\n");
    }
    Path f = write("many.jsonl", sb.toString());
    Recorder r = read(f, new ReadOptions(1024, 1024));
    assertEquals(100, r.articles.size());
    assertEquals("Article 100 about a strike.", r.articles.get(99).text());
    assertEquals("many.jsonl#100", r.articles.get(99).name());
  }

  @Test
  void windows1252LineAndCrlfAndBom() throws IOException {
    Path f = dir.resolve("mixed.jsonl");
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] first = "{\"text\": \"utf8 ’\"}\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] second = "{\"text\": \"cp1252 \u0092\"}\r\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(f, bom);
    Files.write(f, first, java.nio.file.StandardOpenOption.APPEND);
    Files.write(f, second, java.nio.file.StandardOpenOption.APPEND);
    Recorder r = read(f, ReadOptions.DEFAULTS);
    assertEquals(List.of("utf8 ’", "cp1252 ’"), r.articles.stream().map(RawArticle::text).toList());
  }

  @Test
  void utf16Archive() throws IOException {
    Path f = dir.resolve("wide.jsonl");
    String s = "\uFEFF{\"text\": \"“Wide” one\"}\r\n{\"text\": \"two\"}";
    Files.write(f, s.getBytes(StandardCharsets.UTF_16LE));
    Recorder r = read(f, ReadOptions.DEFAULTS);
    assertEquals(List.of("“Wide” one", "two"), r.articles.stream().map(RawArticle::text).toList());
  }

  @Test
  void blankArchiveIsAnEmptyFile() throws IOException {
    Path f = write("blank.jsonl", "\n\n  \n");
    assertEquals(List.of(f + ": empty file"), read(f, ReadOptions.DEFAULTS).skips);
  }

  @Test
  void gzippedArchiveAndATruncatedOne() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= 5000; i++) {
      sb.append("{\"text\": \"Gzipped article ").append(i).append(".\"}\n");
    }
    byte[] lines = sb.toString().getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(buf)) {
      gz.write(lines);
    }
    byte[] whole = buf.toByteArray();
    Path ok = dir.resolve("archive.jsonl.gz");
    Files.write(ok, whole);
    Recorder r = read(ok, ReadOptions.DEFAULTS);
    assertEquals(5000, r.articles.size());
    assertEquals("archive.jsonl.gz#2", r.articles.get(1).name());
    assertEquals("Gzipped article 2.", r.articles.get(1).text());

    Path cut = dir.resolve("cut.jsonl.gz");
    Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
    Recorder c = read(cut, ReadOptions.DEFAULTS);
    assertEquals(List.of(cut + ": cannot read: Unexpected end of ZLIB input stream"), c.skips);
    assertTrue(c.articles.size() > 0, "the lines before the damage arrive");

    Path fake = write("fake.jsonl.gz", "{\"text\": \"not gzipped\"}");
    assertEquals(
        List.of(fake + ": not a gzip file: Not in GZIP format"),
        read(fake, ReadOptions.DEFAULTS).skips);
  }
}
