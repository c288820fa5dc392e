package io.threeds.sandbox.intergiro;

/**
 * What one re-POST did to its cycle: moved it on ({@code cycle}, the new state), or was refused
 * ({@code refusal}) and left it as it was.
 */
public record Round(Cycle cycle, IntergiroError refusal) {

    static Round to(Cycle cycle) {
        return new Round(cycle, null);
    }

    static Round refused(IntergiroError refusal) {
        return new Round(null, refusal);
    }
}
