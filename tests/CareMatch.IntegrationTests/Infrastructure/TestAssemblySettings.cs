// Hangfire keeps process-wide state (JobStorage.Current): two hosts running jobs at once in
// one process interfere, so the integration tests run one class at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
