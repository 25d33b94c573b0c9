System.Console.WriteLine("KAZ KGZ TJK TKM UZB");
