package io.modelcraft.agent.prompt;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/** Loads prompt sets from {@code prompts/<version>/} on the class path; a version never changes once shipped. */
@ApplicationScoped
public class PromptLibrary {

    private final Map<String, PromptSet> loaded = new ConcurrentHashMap<>();

    public PromptSet version(String version) {
        if (!version.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("not a prompt version: " + version);
        }
        return loaded.computeIfAbsent(version, PromptLibrary::load);
    }

    private static PromptSet load(String version) {
        String system = read(version, "system.txt");
        String task = read(version, "task.txt");
        String feedback = read(version, "feedback.txt");
        String noCode = read(version, "no-code.txt");
        String warnings = readOptional(version, "warnings.txt");
        String followUp = readOptional(version, "follow-up.txt");
        String repeat = readOptional(version, "repeat.txt");
        String restart = readOptional(version, "restart.txt");
        String loop = readOptional(version, "loop.properties");
        String examples = readOptional(version, "examples.md");
        // Only the files a version has enter its hash, so that v1 keeps the hash its jobs recorded.
        StringBuilder hashed = new StringBuilder(String.join("\u0000", system, task, feedback, noCode));
        for (String optional : new String[] {warnings, followUp, repeat, loop, restart, examples}) {
            if (optional != null) {
                hashed.append('\u0000').append(optional);
            }
        }
        LoopStyle style = loop == null ? LoopStyle.WHOLE_CONVERSATION : LoopStyle.of(properties(loop));
        if (style.restartEvery() > 0 && restart == null) {
            throw new IllegalArgumentException("prompts/" + version + ": restart-every needs restart.txt");
        }
        if (style.examples() != ExampleChoice.CLOSEST && examples == null) {
            throw new IllegalArgumentException("prompts/" + version + ": examples=" + style.examples().setting()
                    + " needs examples.md");
        }
        return new PromptSet(version, sha256(hashed.toString()), system, task, feedback, noCode, warnings, followUp,
                repeat, restart, style, examples == null ? null : WorkedExamples.parse(examples));
    }

    private static Properties properties(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static String read(String version, String name) {
        String text = readOptional(version, name);
        if (text == null) {
            throw new IllegalArgumentException("no prompt prompts/" + version + "/" + name);
        }
        return text;
    }

    private static String readOptional(String version, String name) {
        String path = "prompts/" + version + "/" + name;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
