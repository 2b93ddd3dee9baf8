package org.newskg.synth;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One synthetic article: a strike somewhere, who blamed whom, who denied, who claimed it, what
 * they said in quotes, and the background a wire story carries. All choices come from the one
 * random source, so the same source state gives the same article.
 */
final class Story {
  /** Kinds of strike: the phrase, and the noun a later sentence uses for it. */
  private static final List<String[]> KINDS =
      List.of(
          new String[] {"airstrike", "strike"},
          new String[] {"air strike", "strike"},
          new String[] {"drone strike", "strike"},
          new String[] {"drone attack", "attack"},
          new String[] {"rocket attack", "attack"},
          new String[] {"missile strike", "strike"},
          new String[] {"bombing", "bombing"},
          new String[] {"car bombing", "bombing"},
          new String[] {"mortar attack", "attack"},
          new String[] {"artillery strike", "strike"});
  private static final List<String> TARGETS =
      List.of(
          "weapons depot", "military base", "air base", "ammunition store", "militia headquarters",
          "convoy", "checkpoint", "training camp", "fuel depot", "radar station", "port facility",
          "police station", "power station", "border crossing", "drone workshop", "arms shipment",
          "command centre", "rocket launch site", "barracks", "supply warehouse");
  private static final List<String> DIRECTIONS =
      List.of("north of", "south of", "east of", "west of", "near", "outside", "on the outskirts of");
  private static final List<String> WITNESSES =
      List.of(
          "local officials", "security sources", "a local police officer", "residents",
          "medical sources", "a provincial official", "the civil defence agency");
  private static final List<String> CHANNELS =
      List.of("Telegram", "its website", "social media", "its affiliated news agency");
  private static final List<String> PROVOCATIONS =
      List.of(
          "attacks on its positions", "the killing of its commanders", "the occupation",
          "repeated raids on its territory", "the bombing of civilian areas");
  private static final List<String> CONSEQUENCES =
      List.of(
          "killed {killed} people", "has raised fears of a wider conflict",
          "destroyed large stocks of ammunition", "drew condemnation from across the region",
          "came days after a visit by senior military officials");
  private static final List<String> STATE_OFFICES =
      List.of("Foreign Minister", "Defence Minister", "military spokesman", "government spokesman");
  private static final List<String> ORDINALS = List.of("second", "third", "fourth", "fifth", "sixth");
  private static final List<String> FALLBACK_OUTLETS =
      List.of("Reuters", "Associated Press", "AFP", "Al Jazeera", "BBC", "Middle East Eye");
  private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z_.]+)\\}");
  private static final LocalDate EPOCH = LocalDate.of(2012, 1, 1);
  private static final int MIN_SENTENCES = 5;
  private static final int MAX_SENTENCES = 20;

  private final Cast cast;
  private final Names names;
  private final SplittableRandom r;
  private final Map<String, String> slots = new HashMap<>();
  private final List<List<String>> units = new ArrayList<>();
  private final Country host;
  private final Actor perp;
  private final Actor accuser;
  private final Actor third;
  private final String outlet;
  private final LocalDate day;
  private final String[] kind;

  Story(Cast cast, Names names, SplittableRandom r) {
    this.cast = cast;
    this.names = names;
    this.r = r;
    this.host = pick(cast.countries, true);
    this.perp = choosePerpetrator();
    this.accuser = chooseAccuser();
    this.third = Actor.of(otherCountry(host, perp.country()));
    this.outlet = cast.media.isEmpty() ? pick(FALLBACK_OUTLETS, false) : pick(cast.media, true).label();
    this.day = EPOCH.plusDays(r.nextInt(14 * 365));
    this.kind = pick(KINDS, false);
    fillStorySlots();
  }

  /** The article: title, date line, paragraphs; 5 to 20 sentences, about 2 to 4 KB. */
  String text() {
    plot();
    int target = 2200 + r.nextInt(2000);
    if (r.nextInt(8) == 0) {
      // A short wire brief: the strike, who was blamed, the answer; no background.
      units.subList(Math.min(units.size(), 3 + r.nextInt(2)), units.size()).clear();
      target = 0;
    }
    List<String> background = new ArrayList<>(Phrases.BACKGROUND);
    int voices = 0;
    int context = 0;
    // Room for the largest unit (three sentences) keeps the article within MAX_SENTENCES.
    while (sentences() <= MAX_SENTENCES - 3 && (bytes() < target || sentences() < MIN_SENTENCES)) {
      if (voices < 4 && (r.nextInt(2) == 0 || context >= 7)) {
        units.add(extraVoice());
        voices++;
      } else if (context < 7) {
        String t = background.remove(r.nextInt(background.size()));
        // After the lead, anywhere: background sits between statements in real copy too.
        units.add(1 + r.nextInt(units.size()), List.of(fill(t)));
        context++;
      } else {
        break;
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(title()).append("\n\n").append(dateLine()).append("\n\n");
    List<String> paragraph = new ArrayList<>();
    boolean first = true;
    for (int i = 0; i < units.size(); i++) {
      paragraph.addAll(units.get(i));
      boolean last = i == units.size() - 1;
      if (last || paragraph.size() >= 3 || r.nextInt(3) > 0) {
        String p = String.join(" ", paragraph);
        out.append(first ? dateline() + p : p).append("\n\n");
        first = false;
        paragraph.clear();
      }
    }
    int end = r.nextInt(10);
    if (end < 3) {
      out.append("Source: ").append(outlet).append('\n');
    } else if (end < 5) {
      out.append("Reporting by ").append(names.reporter(r)).append("; editing by ")
          .append(names.reporter(r)).append('\n');
    }
    return out.toString().stripTrailing() + "\n";
  }

  private void plot() {
    units.add(List.of(fill(pick(Phrases.LEADS, false))));
    // The main attribution: the accuser blames, or a third party asserts or suspects.
    int main = r.nextInt(10);
    boolean accused = main < 5;
    if (accused) {
      units.add(statement(Phrases.ACCUSES, speaker(accuser), perp));
    } else if (main < 7) {
      units.add(statement(Phrases.ASSERTS, speaker(third), perp));
    } else {
      units.add(statement(Phrases.SUSPECTS, speaker(third), perp));
    }
    if (r.nextInt(2) == 0) {
      units.add(quote(speaker(accused ? accuser : third), accused ? Phrases.QUOTES_ACCUSE : Phrases.QUOTES_NEUTRAL));
    }
    if (r.nextInt(10) < 3) {
      Actor second = accused ? third : accuser;
      units.add(statement(Phrases.ACCUSES, speaker(second), perp));
    }
    answer(accused);
    // More voices, hedged or outright.
    if (r.nextInt(10) < 6) {
      Actor other = Actor.of(otherCountry(host, third.country()));
      units.add(statement(r.nextInt(2) == 0 ? Phrases.SUSPECTS : Phrases.ASSERTS, speaker(other), perp));
    }
    if (r.nextInt(3) == 0) {
      units.add(statement(Phrases.SUSPECTS, speaker(third), perp));
    }
    if (r.nextInt(10) < 3) {
      units.add(statement(Phrases.HISTORY, null, perp));
    }
    if (r.nextInt(10) < 2) {
      units.add(List.of(fill(pick(Phrases.INVESTIGATIONS, false))));
    }
  }

  /** What the perpetrator says: claims it, denies it, rejects the accusation, or neither. */
  private void answer(boolean accused) {
    int answer = r.nextInt(10);
    if (!perp.isState() && answer < 4) {
      units.add(statement(Phrases.CLAIMS, null, perp));
      if (r.nextInt(2) == 0) {
        units.add(quote(speaker(perp), Phrases.QUOTES_CLAIM));
      }
    } else if (answer < 8) {
      List<String> deny = new ArrayList<>(statement(Phrases.DENIES, speaker(perp), perp));
      if (accused && r.nextInt(2) == 0) {
        deny.addAll(statement(Phrases.REJECTS, speaker(perp), perp));
      }
      units.add(deny);
      if (r.nextInt(2) == 0) {
        units.add(quote(speaker(perp), Phrases.QUOTES_DENY));
      }
    } else if (perp.isState()) {
      units.add(statement(Phrases.NEITHER, speaker(perp), perp));
      if (r.nextInt(2) == 0) {
        units.add(quote(speaker(perp), Phrases.QUOTES_NEUTRAL));
      }
    } else {
      units.add(statement(Phrases.REJECTS, speaker(perp), perp));
    }
  }

  /** Someone else weighs in: another government, an international body, a coalition. */
  private List<String> extraVoice() {
    Actor who;
    if (!cast.internationals.isEmpty() && r.nextInt(3) == 0) {
      who = Actor.of(pick(cast.internationals, false));
    } else {
      who = Actor.of(otherCountry(host, perp.country()));
    }
    return switch (r.nextInt(6)) {
      case 0, 1 -> statement(Phrases.SUSPECTS, speaker(who), perp);
      case 2 -> statement(Phrases.ASSERTS, speaker(who), perp);
      case 3 -> statement(Phrases.ACCUSES, speaker(who), perp);
      case 4 -> statement(Phrases.DENIES, speaker(who), perp); // an ally vouches for the accused
      default -> quote(speaker(who), Phrases.QUOTES_NEUTRAL);
    };
  }

  /** One attribution sentence; {@code a} is null when the perpetrator speaks for itself. */
  private List<String> statement(List<String> templates, Np a, Actor p) {
    Np pn = perpetrator(p);
    Np an = a != null ? a : pn;
    slots.put("A", an.text());
    slots.put("was_A", an.was());
    slots.put("has_A", an.has());
    slots.put("A.it", an.it());
    slots.put("P", pn.text());
    slots.put("was_P", pn.was());
    slots.put("is_P", pn.is());
    slots.put("P.it", pn.it());
    slots.put("P.its", pn.its());
    slots.put("has_P", pn.has());
    slots.put("said", pick(List.of("said", "said on " + slots.get("day_after"), "told reporters", "said in a statement"), false));
    String t = pick(templates, false);
    // Only after a plain "... {S}." ending: elsewhere the ending would say how or where twice.
    if (t.endsWith(" {S}.") && !t.startsWith("In ") && !t.contains("{said}") && r.nextInt(2) == 0) {
      t = t.substring(0, t.length() - 1) + pick(Phrases.CODAS, false) + ".";
    }
    return List.of(fill(t));
  }

  /** A direct quotation, before or after its speaker, in one or two sentences. */
  private List<String> quote(Np speaker, List<List<String>> pool) {
    List<String> q = pick(pool, false);
    String q1 = fill(q.get(0));
    String q2 = fill(q.get(1));
    String who = speaker.text();
    String whoCap = cap(who);
    switch (r.nextInt(6)) {
      case 0:
        return List.of("“" + comma(q1) + "” " + who + " said.");
      case 1:
        return List.of(whoCap + " said: “" + q1 + "”");
      case 2:
        return List.of("“" + comma(q1) + "” " + who + " said. “" + q2 + "”");
      case 3:
        return List.of("“" + q1 + " " + comma(q2) + "” " + who + " said in a statement.");
      case 4:
        return List.of(whoCap + " told " + outlet + ": “" + q1 + " " + q2 + "”");
      default:
        return List.of("“" + comma(q1) + "” said " + who + ".");
    }
  }

  /** How a speaking actor is named: the state, its officials, an office holder, a spokesman. */
  private Np speaker(Actor a) {
    if (!a.isState()) {
      Party p = a.party();
      return switch (r.nextInt(4)) {
        case 0 -> new Np("a spokesman for " + p.name(), false);
        case 1 -> new Np(p.label() + " spokesman " + names.holder(a.key(), "spokesman"), false);
        default -> a.name();
      };
    }
    Country c = a.country();
    List<String> people = cast.peopleByCountry.getOrDefault(c.id(), List.of());
    switch (r.nextInt(9)) {
      case 0:
        return new Np("the " + c.demonym() + " government", false);
      case 1:
        return new Np(c.demonym() + " officials", true);
      case 2:
        return new Np("the " + c.demonym() + " foreign ministry", false);
      case 3:
        return new Np("a " + c.demonym() + " military spokesman", false);
      case 4:
        String office = pick(STATE_OFFICES, false);
        return new Np(c.demonym() + " " + office + " " + names.holder(c.id(), office), false);
      case 5:
        List<Party> bodies = partiesOf(cast.governmentBodies, c);
        if (!bodies.isEmpty()) {
          return npOf(pick(bodies, false));
        }
        return new Np("two " + c.demonym() + " officials", true);
      case 6:
        if (!people.isEmpty()) {
          return new Np(pick(people, false), false);
        }
        return new Np(c.demonym() + " security sources", true);
      default:
        return a.name();
    }
  }

  /** How the actor a strike is attributed to is named. */
  private Np perpetrator(Actor a) {
    if (!a.isState()) {
      return a.name();
    }
    Country c = a.country();
    List<Party> forces = partiesOf(cast.militaries, c);
    return switch (r.nextInt(6)) {
      case 0 -> new Np("the " + c.demonym() + " military", false);
      case 1 -> new Np(c.demonym() + " forces", true);
      case 2 -> forces.isEmpty() ? a.name() : npOf(pick(forces, false));
      default -> a.name();
    };
  }

  private static Np npOf(Party p) {
    return new Np(p.name(), p.plural());
  }

  private Actor choosePerpetrator() {
    if (r.nextInt(2) == 0 || cast.armedGroups.isEmpty()) {
      return Actor.of(otherCountry(host, null));
    }
    List<Party> local = partiesOf(cast.armedGroups, host);
    return Actor.of(!local.isEmpty() && r.nextInt(3) > 0 ? pick(local, false) : pick(cast.armedGroups, true));
  }

  private Actor chooseAccuser() {
    List<Party> local = partiesOf(cast.armedGroups, host);
    if (perp.isState() && !local.isEmpty() && r.nextInt(3) == 0) {
      return Actor.of(pick(local, false)); // the group that was hit blames the state
    }
    return Actor.of(host);
  }

  private Country otherCountry(Country a, Country b) {
    for (int tries = 0; ; tries++) {
      Country c = pick(cast.countries, true);
      if ((c != a && c != b) || tries > 50) {
        return c;
      }
    }
  }

  private List<Party> partiesOf(List<Party> parties, Country c) {
    return parties.stream().filter(p -> p.country().equals(c.id())).toList();
  }

  private void fillStorySlots() {
    String place = placeIn(host);
    String city = host.capital() != null ? host.capital() : host.label();
    String target = pick(TARGETS, false);
    int killed = 2 + r.nextInt(30);
    int wounded = killed + r.nextInt(60);
    LocalDate strikeDay = day.minusDays(r.nextInt(3));
    String weekday = strikeDay.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    slots.put("kind", kind[0]);
    slots.put("Kind", cap(kind[0]));
    slots.put("kind_a", article(kind[0]) + " " + kind[0]);
    slots.put("Kind_a", cap(article(kind[0]) + " " + kind[0]));
    slots.put("T_bare", target);
    slots.put("T_a", article(target) + " " + target);
    slots.put("T_a_cap", cap(article(target) + " " + target));
    slots.put("T_def", "the " + target);
    slots.put("T_def_cap", "The " + target);
    slots.put("where", place);
    slots.put("when", pick(List.of("on ", "early on ", "late on ", "overnight on "), false) + weekday);
    slots.put("day_after", strikeDay.plusDays(1).getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    slots.put("killed", Integer.toString(killed));
    slots.put("wounded", Integer.toString(wounded));
    slots.put(
        "casualties",
        switch (r.nextInt(3)) {
          case 0 -> ", killing " + killed + " people and wounding " + wounded;
          case 1 -> ", wounding " + wounded;
          default -> "";
        });
    slots.put("witness", pick(WITNESSES, false));
    slots.put("host", host.name());
    slots.put("host_dem", host.demonym());
    slots.put("city", city);
    Country far = otherCountry(host, null);
    slots.put("far_city", far.capital() != null ? far.capital() : far.label());
    slots.put("other", otherCountry(host, null).name());
    slots.put("troops", String.format(Locale.ROOT, "%,d", 500 + 100 * r.nextInt(60)));
    slots.put("blasts", Integer.toString(2 + r.nextInt(11)));
    slots.put("ordinal", pick(ORDINALS, false));
    slots.put("year", Integer.toString(day.getYear() - 1 - r.nextInt(8)));
    slots.put("percent", (1 + r.nextInt(4)) + "." + r.nextInt(10));
    slots.put("channel", pick(CHANNELS, false));
    slots.put("provocation", pick(PROVOCATIONS, false));
    List<Party> localGroups = partiesOf(cast.armedGroups, host);
    slots.put("group", localGroups.isEmpty() ? "militants" : pick(localGroups, false).name());
    slots.put("outlet", outlet);
    slots.put("P_short", perp.name().text());
    slots.put("A_short", accuser.name().text());
  }

  /** Slots that change from sentence to sentence: how the strike itself is named. */
  private String fill(String template) {
    String brief = "the " + (r.nextInt(2) == 0 ? kind[1] : kind[0]);
    slots.put("s", brief);
    slots.put(
        "S",
        switch (r.nextInt(4)) {
          case 0 -> "the " + kind[0] + " on the " + slots.get("T_bare") + " " + slots.get("where");
          case 1 -> "the " + kind[0] + " " + slots.get("where");
          case 2 -> "the " + kind[1] + " on the " + slots.get("T_bare");
          default -> brief;
        });
    slots.put("S_cap", cap(slots.get("S")));
    slots.put("gerund", pick(List.of("carrying out ", "launching ", "conducting "), false) + slots.get("S"));
    slots.put("third", third.name().text());
    slots.put("Third", cap(third.name().text()));
    slots.put("consequence", pick(CONSEQUENCES, false));
    String out = template;
    // Twice: a slot's value may itself hold a slot ({consequence} holds {killed}).
    for (int pass = 0; pass < 2; pass++) {
      Matcher m = SLOT.matcher(out);
      StringBuilder sb = new StringBuilder();
      while (m.find()) {
        String v = slots.get(m.group(1));
        if (v == null) {
          throw new IllegalStateException("template slot {" + m.group(1) + "} has no value: " + template);
        }
        m.appendReplacement(sb, Matcher.quoteReplacement(v));
      }
      m.appendTail(sb);
      out = sb.toString();
    }
    return cap(out);
  }

  private String title() {
    slots.put("A", accuser.name().text());
    slots.put("P", perp.name().text());
    return fill(pick(Phrases.TITLES, false));
  }

  private String dateLine() {
    return switch (r.nextInt(4)) {
      case 0 -> day.format(DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH));
      case 1 -> "Published " + day.format(DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH));
      case 2 -> "Date: " + day;
      default ->
          "Updated: " + day.format(DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH))
              + String.format(Locale.ROOT, " %02d:%02d GMT", r.nextInt(24), r.nextInt(60));
    };
  }

  /** "BAGHDAD — " or "BAGHDAD (Reuters) — ", before the lead. */
  private String dateline() {
    String city = slots.get("city").toUpperCase(Locale.ROOT);
    return r.nextInt(2) == 0 ? city + " — " : city + " (" + outlet + ") — ";
  }

  private String placeIn(Country c) {
    List<String> places = cast.placesByCountry.getOrDefault(c.id(), List.of());
    String anchor =
        !places.isEmpty() && r.nextInt(3) > 0 ? pick(places, false) : c.capital() != null ? c.capital() : null;
    if (anchor == null) {
      return "in " + pick(List.of("northern", "southern", "eastern", "western", "central"), false) + " " + c.name();
    }
    String dir = pick(DIRECTIONS, false);
    return dir.equals("near") || dir.startsWith("on") || dir.equals("outside")
        ? dir + " " + anchor
        : (10 + 10 * r.nextInt(15)) + " km " + dir + " " + anchor;
  }

  private int sentences() {
    int n = 0;
    for (List<String> u : units) {
      for (String s : u) {
        n += s.split("(?<=[.!?][”\"]?)\\s+(?=[“\"]?[A-Z])").length;
      }
    }
    return n;
  }

  private int bytes() {
    int n = 0;
    for (List<String> u : units) {
      for (String s : u) {
        n += s.getBytes(StandardCharsets.UTF_8).length + 1;
      }
    }
    return n + 120; // title and date line
  }

  /** A long-tailed pick when {@code ranked}: the first entries often, the last ones rarely. */
  private <T> T pick(List<T> list, boolean ranked) {
    if (!ranked) {
      return list.get(r.nextInt(list.size()));
    }
    double[] cdf = zipf(list.size());
    int i = java.util.Arrays.binarySearch(cdf, r.nextDouble());
    return list.get(Math.min(i < 0 ? -i - 1 : i, list.size() - 1));
  }

  private static final Map<Integer, double[]> ZIPF = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Cumulative Zipf weights, rank^-0.8: of 200 entries the first gets one pick in ten, the first
   * ten four in ten, and the last hundred still one in five; news coverage is that long-tailed.
   */
  private static double[] zipf(int n) {
    return ZIPF.computeIfAbsent(
        n,
        k -> {
          double[] c = new double[k];
          double sum = 0;
          for (int i = 0; i < k; i++) {
            sum += Math.pow(i + 1, -0.8);
            c[i] = sum;
          }
          for (int i = 0; i < k; i++) {
            c[i] /= sum;
          }
          return c;
        });
  }

  private static String article(String noun) {
    return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
  }

  private static String comma(String sentence) {
    return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) + "," : sentence;
  }

  static String cap(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
