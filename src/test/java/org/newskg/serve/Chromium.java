package org.newskg.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Headless Chromium from the Debian packages, driven by Selenium; nothing is ever downloaded. */
public final class Chromium {
  public static final Path BINARY = Path.of("/usr/bin/chromium");
  public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  /** Held so the level sticks: Selenium warns on every start that it has no CDP for this Chromium. */
  private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

  private Chromium() {}

  /** True when both Debian packages (chromium, chromium-driver) are installed. */
  public static boolean available() {
    return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
  }

  /** A fresh browser with its own throw-away profile, so no state leaks between runs. */
  public static ChromeDriver start(Path profile, int width, int height) throws IOException {
    // Selenium Manager would otherwise look for (and try to download) a driver of its own.
    System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, DRIVER.toString());
    SELENIUM.setLevel(java.util.logging.Level.SEVERE);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--user-data-dir=" + Files.createDirectories(profile),
        "--window-size=" + width + "," + height);
    return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options);
  }
}
