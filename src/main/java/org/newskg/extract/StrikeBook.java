package org.newskg.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.facts.Location;
import org.newskg.facts.SentenceRef;
import org.newskg.facts.Strike;
import org.newskg.facts.StrikeKind;
import org.newskg.gazetteer.Entry;
import org.newskg.gazetteer.Gazetteer;
import org.newskg.text.AnnotatedSentence;
import org.newskg.text.Mention;
import org.newskg.text.Token;

/**
 * The strikes of one article: one {@link Strike} per strike however often it is mentioned. A
 * definite mention ("the attack", "these blasts") refers back to the latest strike; an indefinite
 * one ("a drone attack") or one with a new place starts a new strike.
 */
final class StrikeBook {
  private static final Pattern LOCATION_LEAD = Pattern.compile("^(?i)(that |which )?(took place |happened |occurred )?");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern CASUALTIES =
      Pattern.compile("(?i)\\b((?:killing|killed|wounding|wounded|injuring|injured|leaving)\\s+(?:at least\\s+)?[\\w-]+(?:\\s+(?:people|civilians|soldiers|others|members|service members|troops|fighters|children))?"
          + "(?:\\s+and\\s+(?:injuring|wounding|injured|wounded)\\s+[\\w-]+(?:\\s+(?:people|others|civilians))?)?"
          + "|(?:resulting in|caused)\\s+the deaths? of\\s+[\\w\\s-]{1,40}?(?=[,.;]|$)"
          + "|\\d+\\s+(?:people|civilians|soldiers)\\s+(?:were\\s+)?(?:killed|dead|wounded|injured))");
  private static final Pattern YEAR = Pattern.compile("\\b(?:in|since|of)\\s+((?:19|20)\\d\\d)\\b");
  private static final Pattern RELATIVE =
      Pattern.compile("(?i)\\b(last (?:month|week|year)|yesterday|(?:on |last )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s|’s)?|(?:over )?the weekend)\\b");

  /** "last month's strike" → "strike": when it happened is the date's business, not the label's. */
  private static final Pattern LEADING_WHEN =
      Pattern.compile("(?i)^(last (?:month|week|year)|yesterday|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:'s|’s)\\s+");
  private final Gazetteer gazetteer;
  private final String articleDate;
  private final List<Strike> strikes = new ArrayList<>();
  private final Map<String, Location> locations = new LinkedHashMap<>();
  private final Map<Mention, Strike> byMention = new java.util.IdentityHashMap<>();
  /** The actor named in a strike's first mention ("a US drone", "Israeli jets"), with its sentence. */
  record Agent(Mention mention, AnnotatedSentence sentence) {}

  private final Map<String, Agent> agents = new java.util.HashMap<>();

  Agent agentOf(Strike strike) {
    return agents.get(strike.key());
  }

  StrikeBook(Gazetteer gazetteer, String articleDate) {
    this.gazetteer = gazetteer;
    this.articleDate = articleDate;
  }

  List<Strike> strikes() {
    return List.copyOf(strikes);
  }

  List<Location> locations() {
    return List.copyOf(locations.values());
  }

  private Strike lastMentioned;

  /** The strike mentioned last (new or referred back to): what "denied involvement" is about. */
  Strike latest() {
    return lastMentioned;
  }

  private static final java.util.Set<String> HYPOTHETICAL =
      java.util.Set.of("to", "would", "could", "might", "may", "will", "future", "potential", "possible", "retaliatory", "new", "further", "any");

  /** Registers every strong strike mention of a sentence, in order; hypothetical ones are left out. */
  void add(AnnotatedSentence s, SentenceRef ref) {
    for (Mention m : s.mentions()) {
      if (m.type().equals("STRIKE") && s.tokens().get(m.end() - 1).is("strike_strong") && !hypothetical(s, m)) {
        resolve(m, s, ref);
      }
    }
  }

  /** "to carry out a retaliatory attack", "any future strikes": talk of strikes that have not happened. */
  private static boolean hypothetical(AnnotatedSentence s, Mention m) {
    for (int i = Math.max(0, m.start() - 3); i < m.end() - 1; i++) {
      if (HYPOTHETICAL.contains(s.tokens().get(i).lower())) {
        return true;
      }
    }
    return false;
  }

  /** The strike a mention refers to, creating it when it is new. */
  Strike resolve(Mention m, AnnotatedSentence s, SentenceRef ref) {
    Strike known = byMention.get(m);
    if (known != null) {
      lastMentioned = known;
      return known;
    }
    MentionValues.StrikeNp np = (MentionValues.StrikeNp) m.value();
    Mention loc = locationAfter(s, m);
    Strike target = null;
    if (np.definite()) {
      // "the attack" may mean any earlier strike; "the blasts" only an earlier explosion.
      for (int k = strikes.size() - 1; k >= 0 && target == null; k--) {
        Strike earlier = strikes.get(k);
        boolean compatible = np.kind() == StrikeKind.ATTACK || earlier.kind() == np.kind();
        boolean newPlace = loc != null && earlier.locationKey() != null && !earlier.locationKey().equals(key((MentionValues.Named) loc.value()));
        if (compatible && !newPlace) {
          target = earlier;
        }
      }
    }
    if (target == null) {
      target = create(m, s, ref, np, loc);
    }
    byMention.put(m, target);
    lastMentioned = target;
    return target;
  }

  private Strike create(Mention m, AnnotatedSentence s, SentenceRef ref, MentionValues.StrikeNp np, Mention loc) {
    String words = LEADING_WHEN.matcher(Labels.clean(s.textOf(m.start(), m.end()))).replaceAll("");
    String locText = null;
    String locKey = null;
    if (loc != null) {
      int from = m.end();
      locText = LOCATION_LEAD.matcher(s.textOf(from, loc.end())).replaceAll("");
      if (SPACES.split(locText).length > 8) {
        locText = s.textOf(loc.start() > 0 && s.tokens().get(loc.start() - 1).is("prep") ? loc.start() - 1 : loc.start(), loc.end());
      }
      locKey = key((MentionValues.Named) loc.value());
    }
    if (words.equals(titleCase(words))) {
      words = words.toLowerCase(Locale.ROOT); // a headline's "Airstrike On The HQs" reads as "airstrike on the hqs"
      if (np.agent() != null) {
        words = s.textOf(np.agent().start(), np.agent().end()).replaceFirst("^(?i)the\\s+", "") + words.substring(Math.min(words.length(),
            Labels.clean(s.textOf(np.agent().start(), np.agent().end())).length()));
      }
    }
    String label = locText == null ? words : words + " " + locText;
    String target = target(s, m);
    Strike st = new Strike("strike-" + (strikes.size() + 1), label, np.kind(), locKey, locText, target, date(s), casualties(s), ref);
    strikes.add(st);
    if (np.agent() != null) {
      agents.put(st.key(), new Agent(np.agent(), s));
    }
    return st;
  }

  /** The first place named after the strike within a few words, through a preposition. */
  private static Mention locationAfter(AnnotatedSentence s, Mention strike) {
    for (Mention m : s.mentions()) {
      if (m.type().equals("LOCATION") && m.start() >= strike.end() && m.start() - strike.end() <= 6) {
        boolean prep = false;
        for (int i = strike.end(); i < m.start(); i++) {
          Token t = s.tokens().get(i);
          if (t.is("prep")) {
            prep = true;
          }
          if (t.lower().equals(",") || t.lower().equals(";")) {
            return null;
          }
        }
        return prep ? m : null;
      }
    }
    return null;
  }

  private String key(MentionValues.Named n) {
    Entry e = n.entry();
    Location l = locations.get(e.id());
    if (l == null) {
      String partOf = e.partOf() != null && gazetteer.get(e.partOf()) != null ? key(new MentionValues.Named(gazetteer.get(e.partOf()), false, false)) : null;
      locations.put(e.id(), new Location(e.id(), e.label(), partOf, e.lat(), e.lon()));
    }
    return e.id();
  }

  private static String target(AnnotatedSentence s, Mention m) {
    int i = m.end();
    List<Token> t = s.tokens();
    if (i < t.size() && (t.get(i).lower().equals("on") || t.get(i).lower().equals("against") || t.get(i).lower().equals("targeting"))) {
      int end = i + 1;
      while (end < t.size() && end - i <= 10 && !t.get(end).punct() && !t.get(end).is("speech") && !t.get(end).lower().equals("in")
          && !t.get(end).lower().equals("that") && !t.get(end).lower().equals("which")) {
        end++;
      }
      if (end > i + 1) {
        return Labels.clean(s.textOf(i + 1, end));
      }
    }
    return null;
  }

  private static String casualties(AnnotatedSentence s) {
    Matcher c = CASUALTIES.matcher(s.text());
    return c.find() ? c.group(1).strip() : null;
  }

  /** An absolute year, or a relative date resolved against the article's date when it has one. */
  private String date(AnnotatedSentence s) {
    Matcher y = YEAR.matcher(s.text());
    if (y.find()) {
      return y.group(1);
    }
    Matcher r = RELATIVE.matcher(s.text());
    if (!r.find() || articleDate == null) {
      return null;
    }
    LocalDate d = LocalDate.parse(articleDate);
    String w = r.group(1).toLowerCase(Locale.ROOT).replace("’s", "").replace("'s", "").replace("on ", "").replace("last ", "");
    return switch (w) {
      case "month" -> d.minusMonths(1).toString().substring(0, 7);
      case "week" -> d.minusWeeks(1).toString();
      case "year" -> String.valueOf(d.getYear() - 1);
      case "yesterday" -> d.minusDays(1).toString();
      case "the weekend", "over the weekend" -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY)).toString();
      default -> {
        try {
          DayOfWeek dow = DayOfWeek.valueOf(w.strip().toUpperCase(Locale.ROOT));
          yield d.with(TemporalAdjusters.previous(dow)).toString();
        } catch (IllegalArgumentException e) {
          yield null;
        }
      }
    };
  }

  private static String titleCase(String s) {
    StringBuilder b = new StringBuilder();
    for (String w : s.split(" ")) {
      if (!w.isEmpty()) {
        b.append(b.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
      }
    }
    return b.toString();
  }

}
