// The outage and node-death tests stop Redis and kill processes on a shared 2-core machine: run one test at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
