package org.newskg.synth;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Invented people: the same office of the same actor has the same holder throughout a corpus, as it
 * would in a real archive, while different corpus seeds give different casts.
 */
final class Names {
  private static final List<String> FIRST =
      List.of(
          "Ali", "Hassan", "Omar", "Yusuf", "Karim", "Samir", "Nadia", "Layla", "Rania", "Amir",
          "David", "Yael", "Avi", "Miriam", "Reza", "Mehdi", "Parisa", "Dmitry", "Olga", "Sergei",
          "Andriy", "Oksana", "Emre", "Ayse", "Mustafa", "John", "Sarah", "Michael", "Laura",
          "James", "Fatima", "Ibrahim", "Khalid", "Salma", "Tariq", "Mariam", "Kofi", "Amina",
          "Chidi", "Ngozi", "Arjun", "Priya", "Wei", "Lin", "Carlos", "Elena", "Pierre", "Claire");
  private static final List<String> LAST =
      List.of(
          "al-Hashimi",
          "Haddad",
          "Nasser",
          "Saleh",
          "Mansour",
          "Khalil",
          "Barzani",
          "al-Amiri",
          "Cohen",
          "Levi",
          "Mizrahi",
          "Shapiro",
          "Tehrani",
          "Karimi",
          "Rostami",
          "Hosseini",
          "Volkov",
          "Petrov",
          "Sokolov",
          "Kovalenko",
          "Shevchenko",
          "Bondarenko",
          "Yilmaz",
          "Demir",
          "Kaya",
          "Miller",
          "Carter",
          "Brooks",
          "Hughes",
          "Walsh",
          "Bello",
          "Okafor",
          "Mensah",
          "Abdi",
          "Farah",
          "Qureshi",
          "Malik",
          "Sharma",
          "Rao",
          "Zhang",
          "Chen",
          "Moreno",
          "Duarte",
          "Laurent",
          "Moreau",
          "Ivanova",
          "Osman",
          "Jaber",
          "Darwish");

  private final long seed;

  Names(long seed) {
    this.seed = seed;
  }

  /** The holder of {@code office} for the actor {@code key}: always the same for a seed. */
  String holder(String key, String office) {
    // String.hashCode is specified by the JLS, so this is the same on every JVM.
    long h = seed * 0x9E3779B97F4A7C15L + (key + "\u0000" + office).hashCode();
    SplittableRandom r = new SplittableRandom(h);
    return FIRST.get(r.nextInt(FIRST.size())) + " " + LAST.get(r.nextInt(LAST.size()));
  }

  /** A reporter's name for a byline; anyone may write for anyone. */
  String reporter(SplittableRandom r) {
    return FIRST.get(r.nextInt(FIRST.size())) + " " + LAST.get(r.nextInt(LAST.size()));
  }
}
