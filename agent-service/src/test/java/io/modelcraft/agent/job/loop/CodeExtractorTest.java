package io.modelcraft.agent.job.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CodeExtractorTest {

    @Test
    void takesTheFencedProgramAndIgnoresTheProseAroundIt() {
        String reply = "Here is the model.\n\n```python\nimport pymc as pm\nwith pm.Model() as m:\n    pass\n```\nEnjoy!";
        assertEquals(Optional.of("import pymc as pm\nwith pm.Model() as m:\n    pass\n"), CodeExtractor.extract(reply));
    }

    @Test
    void prefersTheBlockThatBuildsAModelOverOtherBlocks() {
        String reply = "Install first:\n```bash\npip install pymc\n```\nData:\n```python\ny = [1, 2]\n```\n"
                + "Model:\n```py\nimport pymc as pm\nwith pm.Model():\n    x = 1\n```\nAnd a check:\n```python\nprint(y)\n```";
        assertEquals(Optional.of("import pymc as pm\nwith pm.Model():\n    x = 1\n"), CodeExtractor.extract(reply));
    }

    @Test
    void acceptsAnUnfencedProgram() {
        assertEquals(Optional.of("import pymc as pm\nx = 1\n"), CodeExtractor.extract("import pymc as pm\nx = 1"));
    }

    @Test
    void aReplyCutOffInsideItsFenceGivesTheProgramWithoutTheFence() {
        // A real reply (quality benchmark, cookie, prompts v5) that ran into the token limit inside its block.
        String reply = "```python\nimport pymc as pm\nwith pm.Model() as m:\n    x = pm.Data('x', [1, 1, 1,";
        assertEquals(Optional.of("import pymc as pm\nwith pm.Model() as m:\n    x = pm.Data('x', [1, 1, 1,\n"),
                CodeExtractor.extract(reply));
        assertEquals(Optional.of("import pymc as pm\nx = 1\n"), CodeExtractor.extract("Here it is:\n```py\nimport pymc as pm\nx = 1"));
    }

    @Test
    void findsNothingInProseOrEmptyReplies() {
        assertTrue(CodeExtractor.extract("I would use a hypergeometric likelihood.").isEmpty());
        assertTrue(CodeExtractor.extract("").isEmpty());
        assertTrue(CodeExtractor.extract(null).isEmpty());
        assertTrue(CodeExtractor.extract("```bash\npip install pymc\n```").isEmpty());
    }
}
