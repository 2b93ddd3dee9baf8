package org.newskg.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newskg.text.AnnotatedSentence;
import org.newskg.text.Mention;

class PatternMatcherTest {

  private static List<Match> all(String pattern, AnnotatedSentence s) {
    return TokenPattern.compile(pattern).matcher(s).findAll();
  }

  private static Match first(String pattern, AnnotatedSentence s) {
    return TokenPattern.compile(pattern).matcher(s).find().orElseThrow(() -> new AssertionError("no match of " + pattern));
  }

  private static List<String> texts(Match m, AnnotatedSentence s, String name) {
    return m.captures(name).stream().map(c -> c.text(s)).collect(Collectors.toList());
  }

  @Test
  void greedyGapTakesTheLastSaidAndLazyGapTheFirst() {
    AnnotatedSentence s = Sentences.of("x a said b said c");
    Match greedy = first("\"x\" @gap:([]*) \"said\"", s);
    assertEquals(List.of("a said b"), texts(greedy, s, "gap"));
    assertEquals(5, greedy.end());
    Match lazy = first("\"x\" @gap:([]*?) \"said\"", s);
    assertEquals(List.of("a"), texts(lazy, s, "gap"));
    assertEquals(3, lazy.end());
  }

  @Test
  void boundedGapsRespectTheirLimits() {
    AnnotatedSentence s = Sentences.of("x a b c said");
    assertTrue(TokenPattern.compile("\"x\" []{0,2} \"said\"").matcher(s).findAll().isEmpty());
    Match m = first("\"x\" @gap:([]{0,3}?) \"said\"", s);
    assertEquals(List.of("a b c"), texts(m, s, "gap"));
    assertEquals(List.of("a b"), texts(first("\"x\" @gap:([]{2})", s), s, "gap"));
    assertEquals(List.of("a b c said"), texts(first("\"x\" @gap:([]{2,})", s), s, "gap"));
    assertEquals(List.of("a b"), texts(first("\"x\" @gap:([]{,2})", s), s, "gap"));
  }

  @Test
  void alternationPrefersTheLeftOption() {
    AnnotatedSentence s = Sentences.of("the strike hit");
    assertEquals(List.of("the strike"), texts(first("@w:(\"the\" \"strike\" | \"the\")", s), s, "w"));
    assertEquals(List.of("the"), texts(first("@w:(\"the\" | \"the\" \"strike\")", s), s, "w"));
    // The left option is abandoned when the rest of the pattern fails after it.
    assertEquals(List.of("the"), texts(first("@w:(\"the\" \"strike\" | \"the\") \"strike\"", s), s, "w"));
  }

  @Test
  void repeatedCaptureYieldsEveryPerpetratorInOrder() {
    AnnotatedSentence s = Sentences.of(
        "[ACTOR:unnamed_official Spokespeople for the groups ] have blamed/blame [ACTOR:country Israel ]"
            + " and [ACTOR:country the United States ] for the [STRIKE:bombing blasts ] .");
    TokenPattern p = TokenPattern.compile(
        "@attributor:ACTOR []{0,4}? [%blame & !%neg] @perpetrator:ACTOR"
            + " ( (\",\" | \"and\") @perpetrator:ACTOR )* \"for\" []{0,6}? @strike:STRIKE");
    List<Match> matches = p.matcher(s).findAll();
    assertEquals(1, matches.size());
    Match m = matches.get(0);
    assertEquals(List.of("Spokespeople for the groups"), texts(m, s, "attributor"));
    assertEquals(List.of("Israel", "the United States"), texts(m, s, "perpetrator"));
    assertEquals("country", m.captures("perpetrator").get(1).mention().kind());
    assertEquals("bombing", m.capture("strike").mention().kind());
    assertEquals(0, m.start());
    assertEquals(14, m.end());
  }

  @Test
  void capturesOfAFailedRepetitionAreForgotten() {
    AnnotatedSentence s = Sentences.of("a a a b");
    Match m = first("( @x:\"a\" )* \"a\" \"b\"", s);
    assertEquals(2, m.captures("x").size());
    assertEquals(1, m.captures("x").get(1).start());
  }

  @Test
  void longestMentionFirstThenBacktracksToAShorterOne() {
    AnnotatedSentence s = Sentences.of("[ACTOR:armed_force [ACTOR:country United States ] Air Force ] said");
    Match longest = first("@a:ACTOR", s);
    assertEquals(List.of("United States Air Force"), texts(longest, s, "a"));
    assertEquals("armed_force", longest.capture("a").mention().kind());
    Match shorter = first("@a:ACTOR \"air\"", s);
    assertEquals(List.of("United States"), texts(shorter, s, "a"));
    assertSame(s.mentions().get(1), shorter.capture("a").mention());
  }

  @Test
  void kindFiltersIncludeAndExclude() {
    AnnotatedSentence s = Sentences.of(
        "[ACTOR:person Netanyahu ] and [ACTOR:country Israel ] and [ACTOR Hamas ] said");
    assertEquals(List.of("Israel"), all("@a:ACTOR(country,armed_group)", s).stream()
        .map(m -> m.capture("a").text(s)).collect(Collectors.toList()));
    assertEquals(List.of("Israel", "Hamas"), all("@a:ACTOR(!person)", s).stream()
        .map(m -> m.capture("a").text(s)).collect(Collectors.toList()));
    assertEquals(List.of("Netanyahu", "Israel", "Hamas"), all("@a:ACTOR", s).stream()
        .map(m -> m.capture("a").text(s)).collect(Collectors.toList()));
  }

  @Test
  void anchorsTieToSentenceEnds() {
    AnnotatedSentence s = Sentences.of("he said he said");
    List<Match> starts = all("^ \"he\"", s);
    assertEquals(1, starts.size());
    assertEquals(0, starts.get(0).start());
    List<Match> ends = all("\"said\" $", s);
    assertEquals(1, ends.size());
    assertEquals(3, ends.get(0).start());
    assertTrue(all("^ \"said\"", s).isEmpty());
  }

  @Test
  void literalWithSpacesIsASequenceAndFoldsCase() {
    AnnotatedSentence s = Sentences.of("ACCORDING To [ACTOR:country Iran ] , it was an accident");
    Match m = first("\"according to\" @source:ACTOR", s);
    assertEquals(List.of("Iran"), texts(m, s, "source"));
    assertEquals("ACCORDING To Iran", m.text(s));
    assertEquals(4, first("'Iran' ','", s).end());
  }

  @Test
  void curlyApostrophesAndQuotesMatchEitherWay() {
    AnnotatedSentence s = Sentences.of("Israel didn’t comment : “ no ”");
    assertEquals(1, all("\"didn't\"", s).size());
    assertEquals(1, all("\"didn’t\"", s).size());
    assertEquals(1, all("[lower=\"didn't\"]", s).size());
    assertEquals(1, all("'\"' \"no\" '”'", s).size());
    // word= compares the text as written: no folding.
    assertEquals(0, all("[word=\"didn't\"]", s).size());
  }

  @Test
  void tokenExpressionsCombineTests() {
    AnnotatedSentence s = Sentences.of("The U.S. military did/neg not/neg confirm/say/confirm it , NATO said/say");
    assertEquals(List.of("U.S."), texts(first("@w:[word=/U\\.S\\.?/]", s), s, "w"));
    assertEquals(List.of("U.S.", "NATO"), all("@w:[upper]", s).stream().map(m -> m.capture("w").text(s)).toList());
    assertEquals(List.of(","), texts(first("@w:[punct]", s), s, "w"));
    assertEquals(List.of("said"), texts(first("@w:[%say & !(%confirm | cap)]", s), s, "w"));
    assertEquals(List.of("The", "U.S.", "NATO"), all("@w:[cap & !%neg]", s).stream().map(m -> m.capture("w").text(s)).toList());
    assertEquals(List.of("military"), texts(first("@w:[lower=/mil.*/ & !cap]", s), s, "w"));
    assertEquals(List.of("did"), texts(first("@w:%neg", s), s, "w"));
  }

  @Test
  void wordListRegexesMatchWholeTokensLikeAnyRegex() {
    AnnotatedSentence s = Sentences.of("He had haves and Has bin-laden");
    assertEquals(List.of("had", "Has"), all("@w:[lower=/has|have|had|bin|has/]", s).stream()
        .map(m -> m.capture("w").text(s)).toList());
    assertEquals(List.of("had"), all("@w:[word=/has|have|had/]", s).stream().map(m -> m.capture("w").text(s)).toList());
    assertEquals(List.of("haves"), all("@w:[lower=/ha(ve)?s/ & !cap]", s).stream().map(m -> m.capture("w").text(s)).toList());
    assertEquals(List.of("bin-laden"), all("@w:[lower=/bin-laden|al/]", s).stream().map(m -> m.capture("w").text(s)).toList());
  }

  @Test
  void captureOfAGroupHasNoMentionButItsSpan() {
    AnnotatedSentence s = Sentences.of("[ACTOR:country Iran ] and [ACTOR:country Iraq ] met");
    Match m = first("@pair:(ACTOR \"and\" ACTOR)", s);
    assertEquals(new Capture(0, 3, null), m.capture("pair"));
    assertNull(m.capture("nothing"));
    assertEquals(List.of(), m.captures("nothing"));
  }

  @Test
  void findAllIsNonOverlappingAndFindEveryIsOverlapping() {
    AnnotatedSentence s = Sentences.of("a a a");
    TokenPattern p = TokenPattern.compile("\"a\" \"a\"");
    assertEquals(List.of(0), p.matcher(s).findAll().stream().map(Match::start).toList());
    assertEquals(List.of(0, 1), p.matcher(s).findEvery().stream().map(Match::start).toList());
    PatternMatcher m = TokenPattern.compile("\"a\"").matcher(s);
    assertEquals(0, m.find().orElseThrow().start());
    assertEquals(1, m.find().orElseThrow().start());
    assertEquals(2, m.find().orElseThrow().start());
    assertEquals(Optional.empty(), m.find());
    assertEquals(3, p.matcher(s).matchAt(1).orElseThrow().end());
    assertEquals(Optional.empty(), p.matcher(s).matchAt(2));
  }

  @Test
  void emptyMatchesAdvanceLikeJavaRegex() {
    AnnotatedSentence s = Sentences.of("a b");
    List<Match> ms = all("\"a\"?", s);
    assertEquals(List.of("0-1", "1-1", "2-2"), ms.stream().map(m -> m.start() + "-" + m.end()).toList());
  }

  @Test
  void nullableBodyInAStarDoesNotLoopForever() {
    AnnotatedSentence s = Sentences.of("a a b");
    Match m = first("@x:(\"a\"?)* \"b\"", s);
    assertEquals(0, m.start());
    assertEquals(List.of("a", "a"), texts(m, s, "x"));
  }

  @Test
  void couldMatchRejectsSentencesLackingWhatEveryMatchNeeds() {
    TokenPattern p = TokenPattern.compile("ACTOR [%blame & !%neg] (\"for\" | \"for\" \"the\") STRIKE");
    assertTrue(p.couldMatch(Sentences.of("[ACTOR Iran ] blamed/blame Israel for the [STRIKE strike ]")));
    assertFalse(p.couldMatch(Sentences.of("[ACTOR Iran ] blamed Israel for the [STRIKE strike ]")));
    assertFalse(p.couldMatch(Sentences.of("[ACTOR Iran ] blamed/blame Israel over the [STRIKE strike ]")));
    assertFalse(p.couldMatch(Sentences.of("[ACTOR Iran ] blamed/blame Israel for the strike")));
    assertFalse(p.couldMatch(Sentences.of("blamed/blame")));
    // Optional parts and either-or alternatives need nothing.
    TokenPattern q = TokenPattern.compile("(\"a\" | \"b\") \"c\"? %say");
    assertTrue(q.couldMatch(Sentences.of("b said/say")));
    assertFalse(q.couldMatch(Sentences.of("said/say")), "shorter than the shortest match");
  }

  @Test
  void couldMatchChecksEitherOrNeedsToo() {
    TokenPattern p = TokenPattern.compile("ACTOR [%claim | lower=/took|accepted/] (\"responsibility\" | \"credit\")");
    assertTrue(p.couldMatch(Sentences.of("[ACTOR IS ] took responsibility")));
    assertTrue(p.couldMatch(Sentences.of("[ACTOR IS ] claimed/claim credit")));
    assertFalse(p.couldMatch(Sentences.of("[ACTOR IS ] denied responsibility")), "no claim word");
    assertFalse(p.couldMatch(Sentences.of("[ACTOR IS ] took the blame")), "neither responsibility nor credit");
    // Asked twice in a row, the answer comes from the sentence's feature bits: it must not change.
    AnnotatedSentence s = Sentences.of("[ACTOR IS ] accepted blame");
    assertFalse(p.couldMatch(s));
    assertFalse(p.couldMatch(s));
    assertTrue(TokenPattern.compile("ACTOR \"accepted\"").couldMatch(s));
    assertFalse(TokenPattern.compile("ACTOR \"credit\"").couldMatch(s));
  }

  @Test
  void stepBudgetStopsCatastrophicBacktracking() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      b.append("a ");
    }
    AnnotatedSentence s = Sentences.of(b.toString());
    TokenPattern p = TokenPattern.compile("( [] | [lower=a] )* [lower=/z+/]");
    PatternMatcher m = p.matcher(s);
    List<Match> found = assertTimeoutPreemptively(Duration.ofSeconds(10), m::findAll);
    assertEquals(List.of(), found);
    assertTrue(m.abandonedStarts() > 0, "some start positions ran out of steps");
    // A pattern that needs few steps is unaffected by the budget (then an empty match at the end,
    // as java.util.regex gives for ".*$").
    assertEquals(List.of("0-40", "40-40"), TokenPattern.compile("[]* $").matcher(s).findAll().stream()
        .map(x -> x.start() + "-" + x.end()).toList());
    // The README's example: both words are there, so the quick rejection lets it run.
    AnnotatedSentence xy = Sentences.of("x " + b + "y");
    PatternMatcher readme = TokenPattern.compile("([] | [])* \"x\" \"y\"").matcher(xy);
    assertEquals(List.of(), assertTimeoutPreemptively(Duration.ofSeconds(10), readme::findAll));
    assertTrue(readme.abandonedStarts() > 0);
  }

  @Test
  void smallBudgetAbandonsEvenSimpleLongMatches() {
    AnnotatedSentence s = Sentences.of("a a a a a a b");
    TokenPattern p = TokenPattern.compile("[]* \"b\"").withStepBudget(5);
    PatternMatcher m = p.matcher(s);
    assertEquals(List.of(), m.findAll());
    // Seven starts run out of steps; at the end of the sentence []* fails within the budget.
    assertEquals(7, m.abandonedStarts());
  }

  @Test
  void mentionCaptureRecordsTheMentionObject() {
    AnnotatedSentence s = Sentences.of("[ACTOR:country Israel ] struck");
    Mention israel = s.mentions().get(0);
    assertSame(israel, first("@who:ACTOR", s).capture("who").mention());
    assertEquals(new Capture(0, 1, israel), first("@who:ACTOR", s).capture("who"));
  }

  @Test
  void onePatternServesManyThreadsAtOnce() throws Exception {
    TokenPattern p = TokenPattern.compile(
        "@attributor:ACTOR []{0,4}? %blame @perpetrator:ACTOR ( (\",\" | \"and\") @perpetrator:ACTOR )* \"for\"");
    List<AnnotatedSentence> sentences = List.of(
        Sentences.of("[ACTOR Iran ] blamed/blame [ACTOR Israel ] for it"),
        Sentences.of("[ACTOR Officials ] have blamed/blame [ACTOR Israel ] , [ACTOR Iran ] and [ACTOR Syria ] for it"),
        Sentences.of("[ACTOR Iran ] praised [ACTOR Israel ] for it"));
    List<String> expected = List.of("Israel", "Israel|Iran|Syria", "");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int task = 0; task < 8; task++) {
        results.add(pool.submit(() -> {
          for (int round = 0; round < 2000; round++) {
            int i = round % 3;
            AnnotatedSentence s = sentences.get(i);
            String got = p.matcher(s).findAll().stream()
                .flatMap(m -> m.captures("perpetrator").stream()).map(c -> c.text(s))
                .collect(Collectors.joining("|"));
            if (!got.equals(expected.get(i))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> r : results) {
        assertTrue(r.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
