package fr.ctg.dashboard;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/** A real headless Chromium (Debian's chromium and chromium-driver), with a fresh profile each time. */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final WebDriver driver;
    private final String base;
    private final Path profile;

    Browser(String base) {
        this.base = base;
        try {
            profile = Files.createTempDirectory("ctg-chromium-");
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--window-size=1400,1800", "--lang=fr-FR",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    void open(String path) {
        driver.get(base + path);
    }

    void signIn(String username, String password) {
        driver.manage().deleteAllCookies();
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitUntil(d -> d.getCurrentUrl().endsWith("/ui"));
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** Sets a field's value as a script would (a date may be given as the API writes it: the form takes ISO too). */
    void setValue(String id, String value) {
        script("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    <T> T waitUntil(Function<WebDriver, T> condition) {
        // The live region is swapped in place: an element read during the swap is stale, and read again.
        return new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    /**
     * Submits the form and waits until the command API has accepted it: the form says so, or, for a council's forms,
     * which are laid out again for the next step, the page says so above them once they are.
     */
    void recordThrough(String formId) {
        find("#" + formId + " button[type=submit]").click();
        waitUntil(d -> find("#" + formId + " .form-result").getText().equals("Enregistré.")
                || !d.findElements(By.cssSelector("#command-result.ok[data-form=" + formId + "]")).isEmpty());
    }

    /** Opens the disclosure (details) of that id, if closed, so that the forms inside it can be filled. */
    void disclose(String detailsId) {
        script("document.getElementById(arguments[0]).open = true;", detailsId);
    }

    /** The refusal the form shows, once the command API has answered. */
    WebElement refusalIn(String formId) {
        return waitUntil(d -> {
            WebElement result = find("#" + formId + " .form-result.error");
            return result.getText().isEmpty() ? null : result;
        });
    }

    /** The window's size; headless Chromium has no toolbars, so the page's viewport is {@code width} wide. */
    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** How wide the page is laid out: more than the window's width means it scrolls sideways. */
    long pageWidth() {
        return ((Number) script("return document.documentElement.scrollWidth;")).longValue();
    }

    /** What axe-core (Deque's engine, run in the page) finds wrong, each rule with the elements at fault. */
    List<String> accessibilityViolations() {
        Results results = new AxeBuilder().analyze(driver);
        if (results.isErrored() || results.getPasses().isEmpty()) {
            throw new IllegalStateException("axe-core did not run on " + driver.getCurrentUrl() + ": "
                    + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        return violations.stream().map(rule -> rule.getId() + ": " + rule.getNodes().stream()
                .map(node -> node.getTarget().toString()).toList()).toList();
    }

    void screenshot(String name) {
        try {
            File file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(file.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // A leftover temporary profile is harmless.
        }
    }
}
