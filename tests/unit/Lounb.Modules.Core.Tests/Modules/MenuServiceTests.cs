using Lounb.Modules.Core.Modules;
using Microsoft.Extensions.Configuration;

namespace Lounb.Modules.Core.Tests.Modules;

public sealed class MenuServiceTests
{
    private static readonly FakeModule Pages = new("Pages", menu:
    [
        new MenuEntry("Новини", "/news", MenuSection.Main, Order: 80),
        new MenuEntry("Про платформу", "/pages/about", MenuSection.Main, Order: 90),
        new MenuEntry("Сторінки й оголошення", "/admin/pages", MenuSection.Staff, Order: 50, Permission: "Pages.Manage"),
    ]);

    private static readonly FakeModule Platform = new("Platform", menu:
    [
        new MenuEntry("Мій кабінет", "/dashboard", MenuSection.Main, Order: 10, RequiresSignIn: true),
        new MenuEntry("Люди", "/admin/users", MenuSection.Staff, Order: 10, Permission: "Users.View"),
        new MenuEntry("Журнал аудиту", "/admin/audit", MenuSection.Staff, Order: 90, Permission: "Audit.View"),
    ]);

    [Fact]
    public void Visible_Anonymous_HidesSignInAndPermissionEntries()
    {
        var main = Menu().Visible(Principals.Anonymous, MenuSection.Main);
        var staff = Menu().Visible(Principals.Anonymous, MenuSection.Staff);

        Assert.Equal(["/news", "/pages/about"], main.Select(e => e.Url));
        Assert.Empty(staff);
    }

    [Fact]
    public void Visible_SignedInWithoutGrants_ShowsSignInEntriesOnly()
    {
        var main = Menu().Visible(Principals.SignedInWith(), MenuSection.Main);
        var staff = Menu().Visible(Principals.SignedInWith(), MenuSection.Staff);

        Assert.Equal(["/dashboard", "/news", "/pages/about"], main.Select(e => e.Url));
        Assert.Empty(staff);
    }

    [Fact]
    public void Visible_UserLacksPermission_HidesThatEntryOnly()
    {
        var staff = Menu().Visible(Principals.SignedInWith("Users.View@UA-09", "Pages.Manage@*"), MenuSection.Staff);

        Assert.Equal(["/admin/users", "/admin/pages"], staff.Select(e => e.Url));
    }

    [Fact]
    public void Visible_PermissionHeldInOneOblast_ShowsEntry()
    {
        var staff = Menu().Visible(Principals.SignedInWith("Audit.View@UA-09"), MenuSection.Staff);

        Assert.Equal(["/admin/audit"], staff.Select(e => e.Url));
    }

    [Fact]
    public void Visible_EntriesOfSeveralModules_SortedByOrderThenText()
    {
        var module = new FakeModule("Sorting", menu:
        [
            new MenuEntry("Б", "/b", MenuSection.Main, Order: 5),
            new MenuEntry("А", "/a", MenuSection.Main, Order: 5),
            new MenuEntry("Перше", "/first", MenuSection.Main, Order: 1),
        ]);

        var main = Menu(module).Visible(Principals.Anonymous, MenuSection.Main);

        Assert.Equal(["/first", "/a", "/b", "/news", "/pages/about"], main.Select(e => e.Url));
    }

    [Fact]
    public void Visible_ModuleSwitchedOff_HidesItsEntries()
    {
        var settings = new ConfigurationBuilder()
            .AddInMemoryCollection([new KeyValuePair<string, string?>("Lounb:Modules:Pages:Enabled", "false")])
            .Build();
        var menu = new MenuService(ModuleCatalog.Create(settings, [Platform, Pages]));

        var main = menu.Visible(Principals.SignedInWith("Pages.Manage@*"), MenuSection.Main);
        var staff = menu.Visible(Principals.SignedInWith("Pages.Manage@*"), MenuSection.Staff);

        Assert.Equal(["/dashboard"], main.Select(e => e.Url));
        Assert.Empty(staff);
    }

    [Fact]
    public void Visible_SameGrantsAgain_TheAnswerIsReused_OtherGrantsAndAnonymousGetTheirOwn()
    {
        var menu = Menu();

        var first = menu.Visible(Principals.SignedInWith("Users.View@UA-09"), MenuSection.Staff);
        var again = menu.Visible(Principals.SignedInWith("Users.View@UA-09"), MenuSection.Staff);
        var other = menu.Visible(Principals.SignedInWith("Audit.View@*"), MenuSection.Staff);
        var signedInMain = menu.Visible(Principals.SignedInWith(), MenuSection.Main);
        var anonymousMain = menu.Visible(Principals.Anonymous, MenuSection.Main);

        Assert.Same(first, again);
        Assert.Equal(["/admin/users"], again.Select(e => e.Url));
        Assert.Equal(["/admin/audit"], other.Select(e => e.Url));
        Assert.Equal(["/dashboard", "/news", "/pages/about"], signedInMain.Select(e => e.Url));
        Assert.Equal(["/news", "/pages/about"], anonymousMain.Select(e => e.Url));
    }

    private static MenuService Menu(params FakeModule[] extra) =>
        new(ModuleCatalog.Create(new ConfigurationBuilder().Build(), [Platform, Pages, .. extra]));
}
