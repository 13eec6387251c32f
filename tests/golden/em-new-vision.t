$ goals --vault examples/engineering-manager --today 2026-11-22 new vision --dry-run
? 0
--- stdout
---
type: vision
created: 2026-11-22
values: []
---
# My north star

%% Your north star: where do you want to be in a few years, and why? Tell it as a story: the work you do, the people around you, what you are known for. %%

## Values

%% Which values does this vision serve? List them in `values` above as well; every goal should serve at least one. %%
--- stderr
