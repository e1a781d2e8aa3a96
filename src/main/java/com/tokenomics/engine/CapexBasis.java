package com.tokenomics.engine;

/** What the capital cost counts: whole racks, or only the chips the scenario needs (their share of a rack). */
public enum CapexBasis { RACK, CHIP }
