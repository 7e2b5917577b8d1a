using Millis.CallLogs;

namespace Millis.Tests.CallLogs;

/// <summary>When <see cref="CursorWalk"/> lets a walk continue: new cursors only, always in the first step's direction.</summary>
public class CursorWalkTests
{
    [Test]
    public void ADescendingWalkContinues()
    {
        var walk = new CursorWalk(null);

        Assert.That(new[] { walk.Advance(300), walk.Advance(200), walk.Advance(100) }, Is.All.True);
    }

    [Test]
    public void AnAscendingWalkContinues()
    {
        var walk = new CursorWalk(10);

        Assert.That(new[] { walk.Advance(20), walk.Advance(30) }, Is.All.True);
    }

    [Test]
    public void TheStartCursorComingBackEndsTheWalk() =>
        Assert.That(new CursorWalk(100).Advance(100), Is.False);

    [Test]
    public void ACursorSeenEarlierEndsTheWalk()
    {
        var walk = new CursorWalk(null);
        walk.Advance(300);
        walk.Advance(200);

        Assert.That(walk.Advance(300), Is.False);
    }

    [Test]
    public void ADescendingWalkThatJumpsBackUpEnds()
    {
        var walk = new CursorWalk(100);
        Assert.That(walk.Advance(50), Is.True);

        Assert.That(walk.Advance(80), Is.False, "a cursor above the last one would replay pages the caller already has");
    }

    [Test]
    public void AnAscendingWalkThatTurnsDownEnds()
    {
        var walk = new CursorWalk(null);
        Assert.That(walk.Advance(10), Is.True);
        Assert.That(walk.Advance(20), Is.True);

        Assert.That(walk.Advance(15), Is.False);
    }

    [Test]
    public void AfterATurnIsRefusedTheWalkStillKeepsItsDirection()
    {
        var walk = new CursorWalk(100);
        walk.Advance(50);
        walk.Advance(80);

        Assert.That(walk.Advance(40), Is.True, "refusing 80 must not have changed the direction or the last cursor");
    }
}
