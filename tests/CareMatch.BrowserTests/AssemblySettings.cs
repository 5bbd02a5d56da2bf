// Two apps, each with its own Chromium (BrowserCollection and StripeBrowserCollection), running
// at once on a 2-core machine make the pages slow enough for waits to run out: one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
