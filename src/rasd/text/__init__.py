"""The Arabic text layer: matching-normal forms, tokens with clitic analysis, sentences."""
