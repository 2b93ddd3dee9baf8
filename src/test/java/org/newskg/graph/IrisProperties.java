package org.newskg.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.apache.jena.irix.IRIx;

/** Any text at all, hostile or not, gives a valid IRI segment that decodes back to it. */
class IrisProperties {
  @Property
  void slugIsAValidSegmentThatDecodesBack(@ForAll String s) {
    String slug = Iris.slug(s);
    assertTrue(slug.matches("([A-Za-z0-9._-]|%[0-9A-F]{2})+"), slug);
    assertTrue(IRIx.create(Iris.ARTICLE + slug).isReference(), slug);
    if (!s.isEmpty() && !s.equals(".") && !s.equals("..")) {
      assertArrayEquals(Iris.wellFormed(s).getBytes(StandardCharsets.UTF_8), decode(slug));
    }
  }

  @Property
  void wellFormedOnlyTouchesLoneSurrogates(@ForAll String s) {
    String w = Iris.wellFormed(s);
    assertTrue(w.length() == s.length());
    for (int i = 0; i < s.length(); i++) {
      if (w.charAt(i) != s.charAt(i)) {
        assertTrue(Character.isSurrogate(s.charAt(i)) && w.charAt(i) == '\uFFFD');
      }
    }
    assertArrayEquals(
        w.getBytes(StandardCharsets.UTF_8),
        new String(w.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)
            .getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] decode(String slug) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < slug.length(); i++) {
      char c = slug.charAt(i);
      if (c == '%') {
        out.write(Integer.parseInt(slug.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        out.write(c);
      }
    }
    return out.toByteArray();
  }
}
