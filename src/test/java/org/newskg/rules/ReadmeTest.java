package org.newskg.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysts' reference (rules/README.md) shows rules and patterns that must really work. */
class ReadmeTest {
  private static final Path README = Path.of("rules", "README.md");

  private static String section(String text, String heading) {
    int from = text.indexOf(heading);
    int to = text.indexOf("\n## ", from + heading.length());
    return text.substring(from, to < 0 ? text.length() : to);
  }

  @Test
  void quickStartRuleLoadsAsWritten(@TempDir Path dir) throws IOException {
    String quickStart = section(Files.readString(README), "## Quick start");
    List<String> stanza = new ArrayList<>();
    boolean in = false;
    for (String line : quickStart.split("\n")) {
      if (line.strip().startsWith("# \"X pinned")) {
        in = true;
      } else if (in && line.isBlank()) {
        break;
      }
      if (in) {
        stanza.add(line.substring(Math.min(7, line.length())));
      }
    }
    Files.write(dir.resolve("a.rules"), stanza);
    Rule rule = RuleFiles.load(dir).get(0);
    assertEquals("pin-on", rule.name());
    assertEquals(Map.of("stance", "accuses"), rule.params());
    assertEquals("(seq (cap attributor (mention ACTOR)) (repeat 0 3 lazy any) (lit \"pinned\")"
        + " (repeat 0 3 lazy any) (cap strike (mention STRIKE)) (lit \"on\") (cap perpetrator (mention ACTOR)))",
        rule.pattern().toString());
    assertEquals(List.of(Map.entry("attributor", "Iraqi officials"), Map.entry("perpetrator", "Israel"),
        Map.entry("stance", "accuses")), rule.examples().get(0).expected());
  }

  @Test
  void everyExampleInTheSyntaxTableCompiles() throws IOException {
    String language = section(Files.readString(README), "## The pattern language");
    Matcher row = Pattern.compile("(?m)^\\| `[^\\n]*\\| `([^`]+)`(?:, `([^`]+)`)* \\|$").matcher(language);
    List<String> examples = new ArrayList<>();
    while (row.find()) {
      examples.add(row.group(1).replace("\\|", "|"));
    }
    assertTrue(examples.contains("[%blame & !%neg]"), examples.toString());
    for (String example : examples) {
      TokenPattern.compile(example);
    }
    assertEquals("(repeat 0 4 lazy any)", TokenPattern.compile(examples.get(examples.indexOf("[]{0,4}?"))).toString());
    assertEquals("(or (lit \",\") (lit \"and\"))", TokenPattern.compile("(\",\" | \"and\")").toString());
    assertTrue(examples.size() >= 10, examples.toString());
  }

  @Test
  void repeatedCaptureExampleGivesThreePerpetrators() {
    String pattern = "@attributor:ACTOR []{0,4}? %blame @perpetrator:ACTOR ( (\",\" | \"and\") @perpetrator:ACTOR )* \"for\"";
    var s = Sentences.of("[ACTOR Officials ] blamed/blame [ACTOR Israel ] , [ACTOR Iran ] and"
        + " [ACTOR the United States ] for the [STRIKE blasts ]");
    Match m = TokenPattern.compile(pattern).matcher(s).find().orElseThrow();
    assertEquals(List.of("Israel", "Iran", "the United States"),
        m.captures("perpetrator").stream().map(c -> c.text(s)).toList());
  }
}
