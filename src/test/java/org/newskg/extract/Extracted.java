package org.newskg.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newskg.facts.ActorKind;
import org.newskg.facts.ArticleFacts;
import org.newskg.input.RawArticle;

/**
 * One invented article run through the project's rules, read back as short strings that tests
 * compare: "Houthis claims_responsibility Houthis", "Fred Okumu: Our officers were …".
 */
record Extracted(ArticleFacts facts, Map<String, String> labels) {
  /** The paragraphs (the first is the title) as one article. */
  static Extracted of(String... paragraphs) {
    ArticleFacts f = RuleExamplesTest.EXTRACTOR.extract(RawArticle.ofText("probe.txt", String.join("\n\n", paragraphs)));
    Map<String, String> labels = new HashMap<>();
    f.actors().forEach(a -> labels.put(a.key(), a.label()));
    return new Extracted(f, labels);
  }

  /** Each attribution as "attributor stance perpetrator", in order. */
  List<String> attributions() {
    return facts.attributions().stream()
        .map(a -> labels.get(a.attributorKey()) + " " + a.stance().id() + " " + labels.get(a.perpetratorKey()))
        .toList();
  }

  /** Each direct quotation as "speaker: words", in order. */
  List<String> quotes() {
    return facts.statements().stream().filter(s -> s.direct()).map(s -> labels.get(s.speakerKey()) + ": " + s.text()).toList();
  }

  /** The speaker of each direct quotation, in order. */
  List<String> quoteSpeakers() {
    return facts.statements().stream().filter(s -> s.direct()).map(s -> labels.get(s.speakerKey())).toList();
  }

  /** The labels of the article's persons. */
  List<String> persons() {
    return facts.actors().stream().filter(a -> a.kind() == ActorKind.PERSON).map(a -> a.label()).toList();
  }
}
