package org.newskg.graph;

import java.util.List;
import java.util.function.Function;
import org.newskg.facts.Actor;
import org.newskg.facts.ActorKind;
import org.newskg.facts.ArticleFacts;
import org.newskg.facts.ArticleMeta;
import org.newskg.facts.Attribution;
import org.newskg.facts.Certainty;
import org.newskg.facts.Location;
import org.newskg.facts.SentenceRef;
import org.newskg.facts.Span;
import org.newskg.facts.Stance;
import org.newskg.facts.Statement;
import org.newskg.facts.Strike;
import org.newskg.facts.StrikeKind;
import org.newskg.input.RawArticle;

/**
 * Hand-made facts of a small article, standing in for the extractor in graph, store and CLI tests.
 */
public final class SampleFacts {
  private SampleFacts() {}

  public static final String S0 =
      "The U.S. government has said that Israel possibly has a role in last month’s strike north of"
          + " Baghdad.";
  public static final String S1 =
      "“We support Iraqi sovereignty,” said Pentagon spokesman Sean Robertson.";
  public static final String S2 = "The U.S. has denied any responsibility for the attack.";

  /** Quotes, a tab, a line break and a right-to-left mark: text literals must keep them all. */
  public static final String HOSTILE = "He said \"no\"\tthen\n\u200Fلا <b>&amp;</b> \\ '";

  /**
   * Stands in for the extractor: every article gets the sample facts under its own name; one whose
   * text mentions "iran" blames Iran instead of Israel; one whose text says "boom" fails.
   */
  public static Function<RawArticle, ArticleFacts> extractor() {
    return raw -> {
      if (raw.text().contains("boom")) {
        throw new IllegalStateException("boom: the extractor failed");
      }
      return raw.text().contains("iran")
          ? article(raw.name(), "iran", "Iran", Stance.ACCUSES)
          : article(raw.name());
    };
  }

  /** An article in which the United States suspects Israel of a strike and denies its own part. */
  public static ArticleFacts article(String name) {
    return article(name, "israel", "Israel", Stance.SUSPECTS);
  }

  /** The same article with another perpetrator and stance, for "change one article" tests. */
  public static ArticleFacts article(
      String name, String perpetratorKey, String perpetratorLabel, Stance stance) {
    SentenceRef s0 = new SentenceRef(0, S0, new Span(0, S0.length()));
    int b1 = S0.length() + 1;
    SentenceRef s1 = new SentenceRef(1, S1, new Span(b1, b1 + S1.length()));
    int b2 = b1 + S1.length() + 1;
    SentenceRef s2 = new SentenceRef(2, S2, new Span(b2, b2 + S2.length()));
    int b3 = b2 + S2.length() + 1;
    SentenceRef s3 = new SentenceRef(3, HOSTILE, new Span(b3, b3 + HOSTILE.length()));
    List<Actor> actors =
        List.of(
            new Actor(
                "united-states",
                "United States",
                ActorKind.COUNTRY,
                null,
                List.of("U.S.", "US"),
                "Q30",
                null),
            new Actor(
                perpetratorKey, perpetratorLabel, ActorKind.COUNTRY, null, List.of(), "Q801", null),
            new Actor(
                "sean-robertson",
                "Sean Robertson",
                ActorKind.PERSON,
                "pentagon",
                List.of("Robertson"),
                null,
                "united-states"),
            new Actor(
                "pentagon",
                "Pentagon",
                ActorKind.GOVERNMENT_BODY,
                "united-states",
                List.of(),
                "Q11208",
                "united-states"));
    List<Location> locations =
        List.of(
            new Location("baghdad", "Baghdad", "iraq", 33.3152, 44.3661),
            new Location("iraq", "Iraq", null, null, null));
    Strike strike =
        new Strike(
            "strike-1",
            "last month’s strike north of Baghdad",
            StrikeKind.DRONE_ATTACK,
            "baghdad",
            "north of Baghdad",
            "a PMF headquarters",
            "2024-07",
            "killing one and injuring 29 others",
            s0);
    Statement quote =
        new Statement(
            "statement-1",
            "sean-robertson",
            "We support Iraqi sovereignty",
            "said",
            true,
            s1,
            new Span(b1 + 1, b1 + 29),
            "direct-quote-said");
    Statement hostile =
        new Statement(
            "statement-2",
            "sean-robertson",
            HOSTILE,
            null,
            false,
            s3,
            new Span(b3, b3 + HOSTILE.length()),
            "reported-speech");
    List<Attribution> attributions =
        List.of(
            new Attribution(
                "attribution-1",
                "united-states",
                "strike-1",
                perpetratorKey,
                stance,
                Certainty.POSSIBLE,
                s0,
                null,
                "hedged-role"),
            new Attribution(
                "attribution-2",
                "united-states",
                "strike-1",
                "united-states",
                Stance.DENIES,
                Certainty.CONFIRMED,
                s2,
                "statement-1",
                "denies-responsibility"));
    return new ArticleFacts(
        new ArticleMeta(
            name,
            "Strike north of Baghdad",
            "Source: Test Agency",
            null,
            "2024-08-02",
            "https://example.org/a?b=1&c"),
        List.of(s0, s1, s2, s3),
        actors,
        locations,
        List.of(strike),
        List.of(quote, hostile),
        attributions);
  }
}
