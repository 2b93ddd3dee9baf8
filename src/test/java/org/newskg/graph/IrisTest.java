package org.newskg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class IrisTest {
  @Test
  void slugKeepsSafeCharactersAndEncodesEveryOtherUtf8Byte() {
    assertEquals("000_9ab0253e334ba646.txt", Iris.slug("000_9ab0253e334ba646.txt"));
    assertEquals("a%20b%2Fc", Iris.slug("a b/c"));
    assertEquals("%C3%A9%E2%80%99", Iris.slug("é’"));
    assertEquals("archive.jsonl%2312", Iris.slug("archive.jsonl#12"));
    assertEquals("%25", Iris.slug("%"));
  }

  @Test
  void dotSegmentsAndEmptyAreEncodedDistinctly() {
    assertEquals("%2E", Iris.slug("."));
    assertEquals("%2E%2E", Iris.slug(".."));
    assertEquals("%2E%2E%2E", Iris.slug(""));
    assertEquals("...", Iris.slug("..."));
    assertNotEquals(Iris.slug(""), Iris.slug("..."));
  }

  @Test
  void iriShapes() {
    assertEquals(
        "https://w3id.org/newskg/id/article/x.txt/attribution-2",
        Iris.part("x.txt", "attribution-2").getURI());
    assertEquals(
        "https://w3id.org/newskg/id/article/x.txt/sentence-4", Iris.sentence("x.txt", 4).getURI());
    assertEquals("https://w3id.org/newskg/graph/x.txt", Iris.graph("x.txt").getURI());
    assertEquals(
        "https://w3id.org/newskg/id/actor/united-states", Iris.actor("united-states").getURI());
    assertEquals(
        "https://w3id.org/newskg/id/rule/hedged%20role", Iris.rule("hedged role").getURI());
  }
}
