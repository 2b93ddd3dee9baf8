package org.newskg.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;

/**
 * Scores predictions against gold exactly as the shared score.py does. A prediction belongs to the
 * gold file whose name (without extension) its article contains, longest name first; predictions
 * for articles with no gold row are not scored. A prediction matches the first unmatched required
 * gold row of its article with the same attributor and perpetrator (any name or alias, normalised)
 * and stance; one that only matches "required = no" or already matched rows is ignored; any other
 * is a false positive, counted once per distinct (article, attributor, perpetrator, stance).
 */
public final class Scorer {
  private Scorer() {}

  public static AttributionScore attributions(
      List<GoldAttribution> gold, List<PredictedAttribution> predictions) {
    List<String> stems = stems(gold.stream().map(GoldAttribution::stem).toList());
    Map<String, Counts> byStance = new HashMap<>();
    Map<String, RuleCounts> byRule = new HashMap<>();
    List<GoldAttribution> misses = new ArrayList<>();
    List<FalsePositive> falsePositives = new ArrayList<>();
    int required = (int) gold.stream().filter(GoldAttribution::required).count();
    for (GoldAttribution g : gold) {
      if (g.required()) {
        byStance.merge(g.stance(), new Counts(0, 0, 1, 0, 0), Scorer::add);
      }
    }

    Counts strict = null;
    Counts lenient = null;
    for (boolean isStrict : new boolean[] {true, false}) {
      BiPredicate<String, String> same =
          isStrict ? String::equals : (a, b) -> Names.polarity(a).equals(Names.polarity(b));
      Set<Integer> matched = new HashSet<>();
      Set<List<String>> seenFp = new HashSet<>();
      int tp = 0;
      int fp = 0;
      int certOk = 0;
      int certSeen = 0;
      for (PredictedAttribution p : predictions) {
        String stem = fileOf(p.article(), stems);
        if (stem == null) {
          continue;
        }
        String a = Names.norm(p.attributor());
        String pe = Names.norm(p.perpetrator());
        String st = Names.stance(p.stance());
        Integer free = null;
        boolean anyCandidate = false;
        for (int i = 0; i < gold.size(); i++) {
          GoldAttribution g = gold.get(i);
          if (g.stem().equals(stem)
              && g.attributorNames().contains(a)
              && g.perpetratorNames().contains(pe)
              && same.test(st, g.stance())) {
            anyCandidate = true;
            if (g.required() && !matched.contains(i)) {
              free = i;
              break;
            }
          }
        }
        if (free != null) {
          GoldAttribution g = gold.get(free);
          matched.add(free);
          tp++;
          certSeen++;
          if (Names.certainty(p.certainty()).equals(g.certainty())) {
            certOk++;
          }
          if (isStrict) {
            byStance.merge(g.stance(), new Counts(1, 0, 0, 0, 0), Scorer::add);
            byRule.merge(p.rule(), new RuleCounts(1, 0, 0), Scorer::add);
          }
        } else if (anyCandidate) {
          if (isStrict) {
            byRule.merge(p.rule(), new RuleCounts(0, 0, 1), Scorer::add);
          }
        } else if (seenFp.add(List.of(stem, a, pe, st))) {
          fp++;
          if (isStrict) {
            falsePositives.add(new FalsePositive(p));
            byStance.merge(st, new Counts(0, 1, 0, 0, 0), Scorer::add);
            byRule.merge(p.rule(), new RuleCounts(0, 1, 0), Scorer::add);
          }
        }
      }
      Counts counts = new Counts(tp, fp, required, certOk, certSeen);
      if (isStrict) {
        strict = counts;
        for (int i = 0; i < gold.size(); i++) {
          if (gold.get(i).required() && !matched.contains(i)) {
            misses.add(gold.get(i));
          }
        }
      } else {
        lenient = counts;
      }
    }
    return new AttributionScore(strict, lenient, byStance, byRule, misses, falsePositives);
  }

  public static QuoteScore quotes(List<GoldQuote> gold, List<PredictedQuote> predictions) {
    List<String> stems = stems(gold.stream().map(GoldQuote::stem).toList());
    Set<Integer> matched = new HashSet<>();
    Map<String, RuleCounts> byRule = new HashMap<>();
    List<PredictedQuote> falsePositives = new ArrayList<>();
    int tp = 0;
    int fp = 0;
    int wrongSpeaker = 0;
    for (PredictedQuote p : predictions) {
      String stem = fileOf(p.article(), stems);
      if (stem == null) {
        continue;
      }
      String q = Names.norm(p.quote());
      String s = Names.norm(p.speaker());
      boolean hit = false;
      Integer good = null;
      for (int i = 0; i < gold.size(); i++) {
        GoldQuote g = gold.get(i);
        if (g.stem().equals(stem) && q.contains(g.quoteKey()) && !matched.contains(i)) {
          hit = true;
          if (good == null && g.speakerNames().contains(s)) {
            good = i;
          }
        }
      }
      if (good != null) {
        matched.add(good);
        tp++;
        byRule.merge(p.rule(), new RuleCounts(1, 0, 0), Scorer::add);
      } else {
        fp++;
        wrongSpeaker += hit ? 1 : 0;
        falsePositives.add(p);
        byRule.merge(p.rule(), new RuleCounts(0, 1, 0), Scorer::add);
      }
    }
    List<GoldQuote> misses = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      if (!matched.contains(i)) {
        misses.add(gold.get(i));
      }
    }
    return new QuoteScore(
        new Counts(tp, fp, gold.size(), 0, 0), wrongSpeaker, byRule, misses, falsePositives);
  }

  /**
   * The distinct stems, longest first (score.py leaves ties in set order; here they are sorted).
   */
  static List<String> stems(List<String> all) {
    List<String> stems = new ArrayList<>(new TreeSet<>(all));
    stems.sort(Comparator.comparingInt(String::length).reversed());
    return stems;
  }

  /** score.py {@code file_of}: the first stem the article's name contains, ignoring case. */
  static String fileOf(String article, List<String> stems) {
    String a = article.toLowerCase(Locale.ROOT);
    for (String stem : stems) {
      if (a.contains(stem.toLowerCase(Locale.ROOT))) {
        return stem;
      }
    }
    return null;
  }

  private static Counts add(Counts x, Counts y) {
    return new Counts(
        x.tp() + y.tp(),
        x.fp() + y.fp(),
        x.gold() + y.gold(),
        x.certaintyOk() + y.certaintyOk(),
        x.certaintySeen() + y.certaintySeen());
  }

  private static RuleCounts add(RuleCounts x, RuleCounts y) {
    return x.plus(y.tp(), y.fp(), y.ignored());
  }
}
