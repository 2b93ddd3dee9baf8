package org.newskg.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Bytes to text the way a reader would expect: a BOM wins; otherwise UTF-8 if the bytes are valid
 * UTF-8, else windows-1252, so that the smart quotes of Word-era files survive. Newlines become LF.
 */
final class Decoding {
  /** How much of a file is examined for a BOM and for binary content. */
  static final int SNIFF = 8192;

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern NEWLINES = Pattern.compile("\r\n?");

  private Decoding() {}

  /**
   * The charset a byte-order mark (or, for BOM-less UTF-16, the NUL pattern) announces.
   *
   * @param charset UTF-8, UTF-16LE/BE, or null when only the bytes themselves can tell
   * @param bomLength bytes to drop before decoding
   */
  record Detected(Charset charset, int bomLength) {
    boolean utf16() {
      return charset == StandardCharsets.UTF_16LE || charset == StandardCharsets.UTF_16BE;
    }
  }

  static Detected detect(byte[] b, int len) {
    if (len >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return new Detected(StandardCharsets.UTF_8, 3);
    }
    if (len >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new Detected(StandardCharsets.UTF_16BE, 2);
    }
    if (len >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return new Detected(StandardCharsets.UTF_16LE, 2);
    }
    // English text saved as UTF-16 without a BOM has a NUL in every other byte, and only there.
    int evenNul = 0;
    int oddNul = 0;
    int n = Math.min(len, SNIFF) & ~1;
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        if ((i & 1) == 0) {
          evenNul++;
        } else {
          oddNul++;
        }
      }
    }
    int pairs = n / 2;
    if (pairs >= 4 && evenNul == 0 && oddNul * 10 >= pairs * 9) {
      return new Detected(StandardCharsets.UTF_16LE, 0);
    }
    if (pairs >= 4 && oddNul == 0 && evenNul * 10 >= pairs * 9) {
      return new Detected(StandardCharsets.UTF_16BE, 0);
    }
    return new Detected(null, 0);
  }

  /**
   * True when the start of the data is not text: a NUL, or more than one control character in ten
   * (tab, newline, carriage return, form feed and escape are text).
   */
  static boolean binary(byte[] b, int len, Detected d) {
    if (d.utf16()) {
      int n = Math.min(len, SNIFF) & ~1;
      String s = new String(b, d.bomLength(), Math.max(0, n - d.bomLength()), d.charset());
      return controlHeavy(s.chars().limit(SNIFF).toArray());
    }
    int n = Math.min(len, SNIFF);
    int[] units = new int[n];
    for (int i = 0; i < n; i++) {
      units[i] = b[i] & 0xFF;
    }
    return controlHeavy(units);
  }

  private static boolean controlHeavy(int[] units) {
    int control = 0;
    for (int c : units) {
      if (c == 0) {
        return true;
      }
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B)
          || c == 0x7F) {
        control++;
      }
    }
    return control * 10 > units.length;
  }

  /** Decodes {@code b[off, off+len)}; {@code declared} (an HTML meta charset) may be null. */
  static String decode(byte[] b, int off, int len, Detected d, Charset declared) {
    int start = off + d.bomLength();
    int n = Math.max(0, len - d.bomLength());
    Charset cs = d.charset() != null ? d.charset() : declared;
    String s;
    if (cs == null || cs == StandardCharsets.UTF_8) {
      s = utf8OrWindows1252(b, start, n);
    } else {
      s = new String(b, start, n, cs);
    }
    return normaliseNewlines(s);
  }

  static String decode(byte[] b, int len) {
    return decode(b, 0, len, detect(b, len), null);
  }

  static String utf8OrWindows1252(byte[] b, int off, int len) {
    try {
      CharBuffer chars =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(b, off, len));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return new String(b, off, len, WINDOWS_1252);
    }
  }

  static String normaliseNewlines(String s) {
    String t = s.indexOf('\r') < 0 ? s : NEWLINES.matcher(s).replaceAll("\n");
    // A BOM can also sit inside text that was concatenated from several files.
    return t.startsWith("\uFEFF") ? t.substring(1) : t;
  }
}
