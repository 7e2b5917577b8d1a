global using NUnit.Framework;

// Each test gets a fresh fixture: the fixtures keep per-test handler state in fields.
[assembly: FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
