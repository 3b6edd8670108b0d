package io.revalign.governance.api;

import io.revalign.governance.domain.IntakeQuestion;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The intake questionnaire about an AI tool; every question must be answered. */
@Schema(name = "IntakeRequest", description = "Answers to the intake questions; the risk tier is derived from them")
public record IntakeRequest(
        @NotNull
                @Schema(
                        description =
                                "Uses subliminal, manipulative or deceptive techniques or exploits vulnerabilities")
                Boolean manipulatesBehaviour,
        @NotNull @Schema(description = "Scores people on social behaviour or personal traits") Boolean socialScoring,
        @NotNull @Schema(description = "Infers the emotions of employees at work") Boolean emotionRecognitionAtWork,
        @NotNull @Schema(description = "Used to recruit, evaluate, promote, dismiss or allocate tasks to workers")
                Boolean employmentDecisions,
        @NotNull @Schema(description = "Evaluates creditworthiness or prices life or health insurance")
                Boolean creditworthiness,
        @NotNull @Schema(description = "Identifies or categorises people from biometric data")
                Boolean biometricIdentification,
        @NotNull @Schema(description = "Talks or writes to people (prospects, customers) directly")
                Boolean interactsWithPeople,
        @NotNull @Schema(description = "Generates or alters text, audio, images or video") Boolean generatesContent) {

    /** The questions answered "yes". */
    Set<IntakeQuestion> yes() {
        Set<IntakeQuestion> yes = EnumSet.noneOf(IntakeQuestion.class);
        if (manipulatesBehaviour) yes.add(IntakeQuestion.MANIPULATES_BEHAVIOUR);
        if (socialScoring) yes.add(IntakeQuestion.SOCIAL_SCORING);
        if (emotionRecognitionAtWork) yes.add(IntakeQuestion.EMOTION_RECOGNITION_AT_WORK);
        if (employmentDecisions) yes.add(IntakeQuestion.EMPLOYMENT_DECISIONS);
        if (creditworthiness) yes.add(IntakeQuestion.CREDITWORTHINESS);
        if (biometricIdentification) yes.add(IntakeQuestion.BIOMETRIC_IDENTIFICATION);
        if (interactsWithPeople) yes.add(IntakeQuestion.INTERACTS_WITH_PEOPLE);
        if (generatesContent) yes.add(IntakeQuestion.GENERATES_CONTENT);
        return yes;
    }
}
