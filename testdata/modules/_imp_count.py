import builtins
builtins.imp_count_runs = getattr(builtins, "imp_count_runs", 0) + 1
