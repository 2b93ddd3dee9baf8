package org.newskg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 bytes in, characters out to a {@link Writer}. Jena's writers want an OutputStream while
 * picocli hands commands a PrintWriter (which tests capture); this joins the two without holding
 * the whole output in memory. A character split across two writes is decoded once complete.
 */
public final class WriterOutputStream extends OutputStream {
  private final Writer out;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private final ByteBuffer in = ByteBuffer.allocate(8192);
  private final CharBuffer chars = CharBuffer.allocate(8192);

  public WriterOutputStream(Writer out) {
    this.out = out;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    while (len > 0) {
      int n = Math.min(len, in.remaining());
      in.put(b, off, n);
      off += n;
      len -= n;
      decode(false);
    }
  }

  private void decode(boolean endOfInput) throws IOException {
    in.flip();
    while (true) {
      var result = decoder.decode(in, chars, endOfInput);
      drain();
      if (!result.isOverflow()) {
        break;
      }
    }
    in.compact();
  }

  private void drain() throws IOException {
    chars.flip();
    out.write(chars.array(), chars.arrayOffset() + chars.position(), chars.remaining());
    chars.clear();
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  /**
   * Decodes what is left (a dangling partial character becomes U+FFFD) and flushes; does not close
   * the writer.
   */
  @Override
  public void close() throws IOException {
    decode(true);
    decoder.flush(chars);
    drain();
    out.flush();
  }
}
