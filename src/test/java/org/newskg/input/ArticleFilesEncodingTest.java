package org.newskg.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every encoding a saved article turns up in decodes to the same text. */
class ArticleFilesEncodingTest {
  @TempDir Path dir;

  private RawArticle readBytes(String name, byte[] bytes) throws IOException {
    Path f = dir.resolve(name);
    Files.write(f, bytes);
    Recorder r = new Recorder();
    ArticleFiles.read(List.of(f), r);
    return r.only();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  @Test
  void plainUtf8KeepsCurlyQuotesAndDashes() throws IOException {
    String text =
        "Strike near Baghdad\n\n“We act in many arenas,” Netanyahu said — in Iraq’s skies.\n";
    RawArticle a = readBytes("a.txt", text.getBytes(StandardCharsets.UTF_8));
    assertEquals(text, a.text());
    assertEquals("a.txt", a.name());
  }

  @Test
  void latin1IsDecodedWhenTheBytesAreNotUtf8() throws IOException {
    RawArticle a =
        readBytes(
            "latin1.txt", "Café in Asunción: déjà vu, 5 °C".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals("Café in Asunción: déjà vu, 5 °C", a.text());
  }

  @Test
  void windows1252SmartQuotesSurvive() throws IOException {
    // 0x93 and 0x94 are “ and ” in windows-1252, 0x92 is ’; in ISO-8859-1 they are control codes.
    byte[] b = concat(bytes(0x93), "We act".getBytes(StandardCharsets.US_ASCII));
    b = concat(b, bytes(0x94));
    b = concat(b, " in Iraq".getBytes(StandardCharsets.US_ASCII));
    b = concat(b, bytes(0x92));
    b = concat(b, "s skies ".getBytes(StandardCharsets.US_ASCII));
    b = concat(b, bytes(0x96));
    b = concat(b, " he said.".getBytes(StandardCharsets.US_ASCII));
    RawArticle a = readBytes("cp1252.txt", b);
    assertEquals("“We act” in Iraq’s skies – he said.", a.text());
  }

  @Test
  void utf8ByteOrderMarkIsStripped() throws IOException {
    byte[] b =
        concat(bytes(0xEF, 0xBB, 0xBF), "“We act” said Netanyahu".getBytes(StandardCharsets.UTF_8));
    assertEquals("“We act” said Netanyahu", readBytes("bom.txt", b).text());
  }

  @Test
  void utf16LittleAndBigEndianWithByteOrderMark() throws IOException {
    String text = "“We act” – Israel’s prime minister\nsecond line";
    byte[] le = concat(bytes(0xFF, 0xFE), text.getBytes(StandardCharsets.UTF_16LE));
    byte[] be = concat(bytes(0xFE, 0xFF), text.getBytes(StandardCharsets.UTF_16BE));
    assertEquals(text, readBytes("le.txt", le).text());
    assertEquals(text, readBytes("be.txt", be).text());
  }

  @Test
  void utf16WithoutByteOrderMarkIsRecognisedByItsNuls() throws IOException {
    String text = "The Pentagon denied any involvement in the strike.";
    assertEquals(text, readBytes("nobom.txt", text.getBytes(StandardCharsets.UTF_16LE)).text());
  }

  @Test
  void crlfAndLoneCrBecomeLf() throws IOException {
    byte[] b = "Title\r\n\r\nFirst line.\rSecond line.\r\n".getBytes(StandardCharsets.UTF_8);
    assertEquals("Title\n\nFirst line.\nSecond line.\n", readBytes("crlf.txt", b).text());
  }

  @Test
  void htmlHonoursADeclaredCharset() throws IOException {
    String html =
        "<html><head><meta charset=\"windows-1251\"><title>t</title></head>"
            + "<body><p>Удар по складу</p></body></html>";
    RawArticle a = readBytes("ru.html", html.getBytes(Charset.forName("windows-1251")));
    assertEquals("Удар по складу", a.text());
  }

  @Test
  void htmlDeclaringUtf8ButSavedAsWindows1252FallsBack() throws IOException {
    byte[] b =
        "<html><head><meta charset=utf-8></head><body><p>".getBytes(StandardCharsets.US_ASCII);
    b = concat(b, bytes(0x93));
    b = concat(b, "We act".getBytes(StandardCharsets.US_ASCII));
    b = concat(b, bytes(0x94));
    b = concat(b, "</p></body></html>".getBytes(StandardCharsets.US_ASCII));
    assertEquals("“We act”", readBytes("lie.html", b).text());
  }

  @Test
  void seedArticlesArriveInNameOrderUnchanged() throws IOException {
    Recorder r = new Recorder();
    ArticleFiles.read(List.of(Path.of("seeds")), r);
    assertEquals(
        List.of(
            "000_9ab0253e334ba646.txt",
            "001_f8cc7ea7df8829bd.txt",
            "002_1b9cba8b91c3e5b1.txt",
            "003_70fdbfacb3a759a9.txt",
            "004_c6d1475d1c79559c.txt"),
        r.articles.stream().map(RawArticle::name).toList());
    assertEquals(
        Files.readString(Path.of("seeds/000_9ab0253e334ba646.txt")), r.articles.get(0).text());
  }
}
