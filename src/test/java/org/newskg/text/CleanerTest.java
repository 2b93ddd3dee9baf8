package org.newskg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CleanerTest {
  private final Cleaner cleaner =
      new Cleaner(new Boilerplate(List.of(Pattern.compile("(?i)(recent posts|share|leave a comment)")), List.of(Pattern.compile("https?://\\S+"))));

  @Test
  void titleMetadataBodyAndFurniture() {
    String text = "Blast hits depot\n\nhttps://example.org/img.jpg\nICARO Media Group\n05/02/2024 21h33\n\n"
        + "Source: Example Agency\nThe army said the blast at the depot was caused by a drone attack on Monday.\n\nShare\nRecent Posts\nUnrelated story about phones and their many features today.\n";
    ArticleText a = cleaner.clean(text, null);
    assertEquals("Blast hits depot", a.title());
    assertEquals("2024-02-05", a.date());
    assertEquals("Example Agency", a.publisher());
    assertEquals(1, a.paragraphs().size());
    String body = text.substring(a.paragraphs().get(0).begin(), a.paragraphs().get(0).end());
    assertEquals("The army said the blast at the depot was caused by a drone attack on Monday.", body);
    assertFalse(body.contains("Unrelated"));
  }
}
