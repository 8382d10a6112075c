package io.modelcraft.agent.prompt;

/**
 * Which worked example a question shows ({@code examples} in {@code loop.properties}): the closest to the problem
 * on every turn; the closest on odd turns and the runners-up on even ones; or the closest of those that ask for
 * the same kind of answer as the problem ({@link AnswerKind}), where the problem says what kind it asks for.
 */
public enum ExampleChoice {
    CLOSEST("closest"), ALTERNATE("alternate"), CLOSEST_OF_KIND("closest-of-kind");

    private final String setting;

    ExampleChoice(String setting) {
        this.setting = setting;
    }

    static ExampleChoice of(String setting) {
        for (ExampleChoice choice : values()) {
            if (choice.setting.equals(setting)) {
                return choice;
            }
        }
        throw new IllegalArgumentException("loop.properties: examples must be closest, alternate or closest-of-kind, not "
                + setting);
    }

    public String setting() {
        return setting;
    }
}
