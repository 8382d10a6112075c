package io.modelcraft.agent.job.loop;

import io.modelcraft.agent.config.AgentConfig;
import io.modelcraft.agent.job.AuthoringJob;
import io.modelcraft.agent.job.Iteration;
import io.modelcraft.agent.job.IterationState;
import io.modelcraft.agent.job.JobStatus;
import io.modelcraft.agent.job.messaging.JobEvents;
import io.modelcraft.agent.job.messaging.ReplyDrafts;
import io.modelcraft.agent.llm.ChatTurn;
import io.modelcraft.agent.llm.ModelChoice;
import io.modelcraft.agent.llm.ModelClient;
import io.modelcraft.agent.llm.ModelReply;
import io.modelcraft.agent.llm.ProviderFailure;
import io.modelcraft.agent.llm.ProviderSlots;
import io.modelcraft.agent.llm.Sampling;
import io.modelcraft.agent.prompt.PromptLibrary;
import io.modelcraft.agent.prompt.PromptSet;
import io.modelcraft.contracts.CheckResult;
import io.modelcraft.contracts.JobEvent.Phase;
import io.modelcraft.contracts.JobRequested;
import io.modelcraft.outbox.DatabaseOutage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Starts jobs and runs their LLM turns. A turn reads the stored conversation, asks the model outside any
 * transaction, then stores the iteration together with the compile request it sends; the check result
 * comes back as a message ({@link CheckOutcomes}), so no thread waits for it.
 */
@ApplicationScoped
public class AuthoringLoop {

    private static final Logger LOG = Logger.getLogger(AuthoringLoop.class);

    private final ModelClient model;
    private final ProviderSlots slots;
    private final PromptLibrary prompts;
    private final JobEvents events;
    private final JobEnding ending;
    private final TurnExecutor turns;
    private final JobIntake intake;
    private final AgentConfig config;
    private final JobPhases phases;
    private final ReplyDrafts drafts;
    private final JobLeases leases;

    public AuthoringLoop(ModelClient model, ProviderSlots slots, PromptLibrary prompts, JobEvents events, JobEnding ending,
                         TurnExecutor turns, JobIntake intake, AgentConfig config, JobPhases phases, ReplyDrafts drafts,
                         JobLeases leases) {
        this.model = model;
        this.slots = slots;
        this.prompts = prompts;
        this.events = events;
        this.ending = ending;
        this.turns = turns;
        this.intake = intake;
        this.config = config;
        this.phases = phases;
        this.drafts = drafts;
        this.leases = leases;
    }

    /**
     * Takes a job on and plans its first turn in the same transaction, so the model is asked right away; a
     * request seen before changes nothing.
     */
    public void start(JobRequested request) {
        UUID jobId = UUID.fromString(request.jobId());
        AtomicBoolean heldBefore = new AtomicBoolean();
        TurnPlan firstTurn = QuarkusTransaction.requiringNew().call(() -> {
            AuthoringJob known = AuthoringJob.findById(jobId);
            if (known != null) {
                // A request seen before: its turn is this replica's to queue again if the first try committed the
                // job (and its lease) but reported a failure, so that the consumer tried again.
                heldBefore.set(known.status == JobStatus.RUNNING && leases.holds(known));
                return null;
            }
            AuthoringJob job = intake.newJob(jobId, request);
            leases.take(job);
            job.persist();
            events.started(job);
            String refusal = intake.refusal(job);
            if (refusal != null) {
                ending.failNow(job, refusal);
                return null;
            }
            return plan(job, List.of());
        });
        if (firstTurn != null) {
            queue(jobId, () -> ask(firstTurn));
        } else if (heldBefore.get()) {
            schedule(jobId);
        }
    }

    public void schedule(UUID jobId) {
        queue(jobId, () -> takeTurn(jobId));
    }

    /**
     * Says the job waits before its turn is queued, so that the turn's own "writing" always comes after it. A turn
     * that meets the database out of reach is taken again after a while (this replica holds the job's lease, so no
     * other one would); one that fails otherwise ends the job with the reason, instead of leaving it running.
     */
    private void queue(UUID jobId, Runnable turn) {
        if (turns.busy()) {
            phases.waiting(jobId);
        }
        turns.submit(jobId, () -> {
            try {
                turn.run();
            } catch (RuntimeException e) {
                afterFailedTurn(jobId, e);
            }
        });
    }

    private void afterFailedTurn(UUID jobId, RuntimeException failure) {
        if (DatabaseOutage.of(failure)) {
            LOG.warnf("job %s: its turn met the database out of reach (%s); taken again in %s", jobId, failure.getMessage(),
                    config.turnRetryDelay());
            turns.later(config.turnRetryDelay(), () -> schedule(jobId));
            return;
        }
        LOG.errorf(failure, "job %s: its turn failed", jobId);
        try {
            ending.fail(jobId, "the agent failed while taking a turn (" + failure.getClass().getSimpleName() + ")");
        } catch (RuntimeException e) {
            turns.later(config.turnRetryDelay(), () -> schedule(jobId));
        }
    }

    void takeTurn(UUID jobId) {
        TurnPlan plan = QuarkusTransaction.requiringNew().call(() -> plan(jobId));
        if (plan != null) {
            ask(plan);
        }
    }

    /** Asks the model outside any transaction, then stores the turn. */
    private void ask(TurnPlan plan) {
        Answer answer;
        AtomicInteger attempts = new AtomicInteger();
        try {
            answer = converse(plan, attempts);
        } catch (RuntimeException e) {
            LOG.warnf("job %s: the model call failed for good: %s", plan.jobId(), e.toString());
            ending.fail(plan.jobId(), ProviderFailure.describe(e, attempts.get()));
            return;
        }
        boolean another = QuarkusTransaction.requiringNew().call(() -> record(plan, answer));
        if (another) {
            schedule(plan.jobId());
        }
    }

    /**
     * One answer of the model. Where the prompt set can say so, a program that repeats an earlier attempt is
     * answered with the repeat prompt and asked again at a higher temperature, as often as the set allows.
     */
    private Answer converse(TurnPlan plan, AtomicInteger attempts) {
        Question question = plan.question();
        ModelReply reply = call(plan, question.turns(), question.sampling(), attempts);
        for (int ask = 1; ; ask++) {
            Iteration repeats = plan.prompts().repeat() == null ? null : CodeExtractor.extract(reply.text())
                    .flatMap(code -> Attempts.repeated(code, plan.done(), events::read)).orElse(null);
            if (repeats == null || ask > plan.prompts().loop().repeatAsks()) {
                return new Answer(question, reply, repeats);
            }
            question = question.againAfterRepeat(askAgain(plan, question.turns(), reply, repeats), repeats.number,
                    plan.prompts().loop().repeatTemperature());
            reply = reply.then(call(plan, question.turns(), question.sampling(), attempts));
        }
    }

    /** The question after a repeated program: the problem afresh where the prompt set restarts, else a reply in place. */
    private Question askAgain(TurnPlan plan, List<ChatTurn> conversation, ModelReply reply, Iteration repeats) {
        if (plan.prompts().loop().restartOnRepeat() && plan.job().parentJobId == null) {
            return Conversation.restart(plan.job(), plan.done(), plan.prompts(), events::read);
        }
        List<ChatTurn> again = new ArrayList<>(conversation);
        again.add(ChatTurn.assistant(reply.text()));
        again.add(ChatTurn.user(plan.prompts().repeatFor(repeats.number, Attempts.summary(events.read(repeats.checkJson)))));
        return new Question(again, "the same question, told its program repeated attempt " + repeats.number);
    }

    private ModelReply call(TurnPlan plan, List<ChatTurn> conversation, Sampling sampling, AtomicInteger attempts) {
        return slots.call(plan.choice().provider(), () -> phases.waiting(plan.jobId()), () -> {
            phases.writing(plan.jobId(), plan.number() == 1);
            return model.complete(plan.choice(), conversation, sampling, attempts, drafts.forTurn(plan.jobId(), plan.number()));
        });
    }

    private TurnPlan plan(UUID jobId) {
        AuthoringJob job = AuthoringJob.locked(jobId);
        if (job == null || job.status != JobStatus.RUNNING || !leases.holds(job)) {
            return null;
        }
        List<Iteration> done = Iteration.ofJob(jobId);
        if (!done.isEmpty() && done.get(done.size() - 1).state == IterationState.AWAITING_CHECK) {
            return null;
        }
        return plan(job, done);
    }

    /** The next turn of a running job after the iterations {@code done}, or null when its budget is spent. */
    private TurnPlan plan(AuthoringJob job, List<Iteration> done) {
        String exhausted = JobBudget.exhausted(job, done, Instant.now(), config);
        if (exhausted != null) {
            ending.failNow(job, exhausted);
            return null;
        }
        PromptSet promptSet = prompts.version(job.promptVersion);
        AuthoringJob parent = job.parentJobId == null ? null : AuthoringJob.findById(job.parentJobId);
        Question question = Conversation.of(job, done, promptSet, events::read, parent);
        return new TurnPlan(job, done.size() + 1, new ModelChoice(job.provider, job.model), question, promptSet, done);
    }

    /** Stores the turn; returns whether the job needs another turn right away (no code, cut off, or a repeat). */
    private boolean record(TurnPlan plan, Answer answer) {
        ModelReply reply = answer.reply();
        AuthoringJob job = AuthoringJob.locked(plan.jobId());
        // Another replica took the job over while the model answered here (this one lost the database for longer
        // than the lease): its turn counts, not this one.
        if (job.status != JobStatus.RUNNING || !leases.holds(job) || Iteration.find(plan.jobId(), plan.number()).isPresent()) {
            return false;
        }
        Iteration iteration = new Iteration();
        iteration.jobId = plan.jobId();
        iteration.number = plan.number();
        iteration.messagesJson = events.toJson(answer.question().turns());
        iteration.asked = answer.question().asked();
        iteration.response = reply.text();
        iteration.llmMillis = reply.millis();
        iteration.inputTokens = reply.inputTokens();
        iteration.outputTokens = reply.outputTokens();
        iteration.createdAt = Instant.now();
        if (reply.cutOff()) {
            return recordUnchecked(job, iteration, IterationState.NO_CODE, CutOffResult.of(reply.outputTokens()));
        }
        iteration.code = CodeExtractor.extract(reply.text()).orElse(null);
        if (iteration.code != null && answer.repeats() != null) {
            return recordUnchecked(job, iteration, IterationState.REPEATED, RepeatResult.of(answer.repeats(),
                    Attempts.summary(events.read(answer.repeats().checkJson))));
        }
        if (iteration.code != null) {
            iteration.state = IterationState.AWAITING_CHECK;
            iteration.checkRequestId = UUID.randomUUID().toString();
            iteration.persist();
            events.compileRequested(job, iteration);
            events.phase(job, Phase.CHECKING);
            return false;
        }
        return recordUnchecked(job, iteration, IterationState.NO_CODE, NoCodeResult.INSTANCE);
    }

    /** An iteration with nothing to check: the loop's own verdict is stored and the next turn follows. */
    private boolean recordUnchecked(AuthoringJob job, Iteration iteration, IterationState state, CheckResult verdict) {
        iteration.state = state;
        iteration.checkJson = events.toJson(verdict);
        iteration.persist();
        events.iterationRecorded(job, iteration, verdict);
        return !ending.endIfOutOfIterations(job, iteration);
    }

    private record TurnPlan(AuthoringJob job, int number, ModelChoice choice, Question question, PromptSet prompts,
                            List<Iteration> done) {
        UUID jobId() {
            return job.id;
        }
    }

    /** The question finally sent, the reply to it, and the earlier attempt its program repeats (or null). */
    private record Answer(Question question, ModelReply reply, Iteration repeats) {
    }
}
