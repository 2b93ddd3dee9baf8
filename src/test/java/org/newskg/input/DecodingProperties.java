package org.newskg.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** Whatever the text, every encoding of it decodes back to it, and JSON Lines carry it intact. */
class DecodingProperties {
  /** What a reader should see: LF newlines, no leading BOM character, no lone surrogates. */
  private static String expected(String s) {
    String t = wellFormed(s).replace("\r\n", "\n").replace('\r', '\n');
    return t.startsWith("\uFEFF") ? t.substring(1) : t;
  }

  private static String wellFormed(String s) {
    // Lone surrogates cannot be encoded; the encoder writes '?' for them.
    return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }

  @Property
  void utf8WithOrWithoutBomDecodesBack(@ForAll String s) {
    String w = wellFormed(s);
    byte[] plain = w.getBytes(StandardCharsets.UTF_8);
    byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain);
    // Text whose UTF-8 has a NUL every other byte looks like UTF-16; real text never does.
    if (Decoding.detect(plain, plain.length).charset() == null) {
      assertEquals(expected(s), Decoding.decode(plain, plain.length));
    }
    assertEquals(expected(s), Decoding.decode(bom, bom.length));
  }

  @Property
  void utf16WithBomDecodesBack(@ForAll String s) {
    String w = wellFormed(s);
    byte[] le =
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, w.getBytes(StandardCharsets.UTF_16LE));
    byte[] be =
        concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, w.getBytes(StandardCharsets.UTF_16BE));
    assertEquals(expected(s), Decoding.decode(le, le.length));
    assertEquals(expected(s), Decoding.decode(be, be.length));
  }

  @Property
  void anyBytesDecodeWithoutCarriageReturns(@ForAll byte[] bytes) {
    assertFalse(Decoding.decode(bytes, bytes.length).contains("\r"));
  }

  @Property(tries = 200)
  void jsonLinesCarryAnyText(@ForAll @Size(max = 5) List<String> texts) throws IOException {
    StringBuilder file = new StringBuilder();
    List<String> want = new ArrayList<>();
    for (String t : texts) {
      file.append("{\"text\": ").append(quote(wellFormed(t))).append("}\n");
      String e = expected(t);
      if (!e.isBlank()) {
        want.add(e);
      }
    }
    Path f = Files.createTempFile("props", ".jsonl");
    try {
      Files.writeString(f, file.toString(), StandardCharsets.UTF_8);
      Recorder r = new Recorder();
      ArticleFiles.read(List.of(f), r);
      assertEquals(want, r.articles.stream().map(RawArticle::text).toList());
    } finally {
      Files.delete(f);
    }
  }

  /** A JSON string with everything outside printable ASCII escaped. */
  private static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7E) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
