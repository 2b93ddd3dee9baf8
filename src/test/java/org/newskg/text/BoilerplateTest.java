package org.newskg.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BoilerplateTest {
  private final Boilerplate b = new Boilerplate(
      List.of(Pattern.compile("(?i)recent posts"), Pattern.compile("Share")),
      List.of(Pattern.compile("(?i)advertisement"), Pattern.compile("(\\w+) and \\1")));

  @Test
  void eachPatternKeepsItsOwnFlags() {
    assertTrue(b.stops("RECENT POSTS"));
    assertTrue(b.stops("Share"));
    assertFalse(b.stops("SHARE"), "(?i) of the first pattern must not leak into the second");
  }

  @Test
  void wholeLineOnly() {
    assertFalse(b.stops("Recent posts about the strike were deleted"));
    assertTrue(b.drops("Advertisement"));
  }

  @Test
  void backReferencesStillWork() {
    assertTrue(b.drops("more and more"));
    assertFalse(b.drops("more and less"));
  }
}
