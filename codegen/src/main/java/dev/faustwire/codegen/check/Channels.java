package dev.faustwire.codegen.check;

import java.util.SortedMap;

/**
 * The channels of a level, as {@link CheckChannels} counted them: each output channel's out box,
 * and how many inputs and outputs the level's function has (an unconnected {@code in 2} still
 * makes two inputs; a missing {@code out 1} below {@code out 2} outputs silence).
 */
public record Channels(SortedMap<Integer, String> outputs, int inputCount, int outputCount) {
}
