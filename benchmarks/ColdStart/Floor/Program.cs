// What every first question pays before the library does any work of its own: NodaTime's first date (its calendar
// system, compiled at run time, as NodaTime ships no ReadyToRun code) and the library's image loaded.
var day = new NodaTime.LocalDate(2026, 12, 2);
System.Console.WriteLine(day.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + typeof(CentralAsiaCT.CentralAsiaData).Assembly.GetName().Name);
