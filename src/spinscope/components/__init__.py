"""Analysis components, one module per layer. Each registers itself with spinscope.pipeline.register."""
