<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountCommand</name>
    <message>
        <source>no account named &quot;%1&quot;. &apos;packbench account list&apos; shows the accounts.</source>
        <translation>kein Konto namens „%1“. &apos;packbench account list&apos; zeigt die Konten an.</translation>
    </message>
    <message>
        <source>Sender&apos;s name.</source>
        <translation>Name des Absenders.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Sender&apos;s company.</source>
        <translation>Firma des Absenders.</translation>
    </message>
    <message>
        <source>Sender&apos;s street (line 1).</source>
        <translation>Straße des Absenders (Zeile 1).</translation>
    </message>
    <message>
        <source>Sender&apos;s street (line 2).</source>
        <translation>Straße des Absenders (Zeile 2).</translation>
    </message>
    <message>
        <source>Sender&apos;s city.</source>
        <translation>Ort des Absenders.</translation>
    </message>
    <message>
        <source>Sender&apos;s state or region.</source>
        <translation>Bundesland oder Region des Absenders.</translation>
    </message>
    <message>
        <source>Sender&apos;s postcode.</source>
        <translation>Postleitzahl des Absenders.</translation>
    </message>
    <message>
        <source>Sender&apos;s country as a two-letter code, e.g. NZ.</source>
        <translation>Land des Absenders als zweistelliger Ländercode, z. B. NZ.</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Sender&apos;s phone number.</source>
        <translation>Telefonnummer des Absenders.</translation>
    </message>
    <message>
        <source>Sender&apos;s email address.</source>
        <translation>E-Mail-Adresse des Absenders.</translation>
    </message>
    <message>
        <source>--sender-country takes a two-letter country code, e.g. NZ.</source>
        <translation>--sender-country erwartet einen zweistelligen Ländercode, z. B. NZ.</translation>
    </message>
    <message>
        <source>Name of the account.</source>
        <translation>Name des Kontos.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Usage: packbench account add --name NAME [--sender-name TEXT] [--sender-company TEXT] [--sender-street TEXT] [--sender-street2 TEXT] [--sender-city TEXT] [--sender-region TEXT] [--sender-zip TEXT] [--sender-country CC] [--sender-phone TEXT] [--sender-email TEXT]</source>
        <translation>Aufruf: packbench account add --name NAME [--sender-name TEXT] [--sender-company TEXT] [--sender-street TEXT] [--sender-street2 TEXT] [--sender-city TEXT] [--sender-region TEXT] [--sender-zip TEXT] [--sender-country CC] [--sender-phone TEXT] [--sender-email TEXT]</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; added.</source>
        <translation>Konto „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>New name for the account.</source>
        <translation>Neuer Name für das Konto.</translation>
    </message>
    <message>
        <source>Usage: packbench account set NAME [--rename NAME] [--sender-name TEXT] [--sender-company TEXT] [--sender-street TEXT] [--sender-street2 TEXT] [--sender-city TEXT] [--sender-region TEXT] [--sender-zip TEXT] [--sender-country CC] [--sender-phone TEXT] [--sender-email TEXT]</source>
        <translation>Aufruf: packbench account set NAME [--rename NAME] [--sender-name TEXT] [--sender-company TEXT] [--sender-street TEXT] [--sender-street2 TEXT] [--sender-city TEXT] [--sender-region TEXT] [--sender-zip TEXT] [--sender-country CC] [--sender-phone TEXT] [--sender-email TEXT]</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; saved.</source>
        <translation>Konto „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Usage: packbench account list [--json]</source>
        <translation>Aufruf: packbench account list [--json]</translation>
    </message>
    <message>
        <source>(no sender address)</source>
        <translation>(keine Absenderadresse)</translation>
    </message>
    <message>
        <source>Usage: packbench account remove NAME</source>
        <translation>Aufruf: packbench account remove NAME</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; removed.</source>
        <translation>Konto „%1“ entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Account &quot;%1&quot; removed; its %n shipment(s) are in Default now, or in the account another rule routes them to.</source>
        <translation>
            <numerusform>Konto „%1“ entfernt; %n Sendung daraus ist jetzt im Konto „Default“ oder in dem Konto, dem eine andere Regel sie zuweist.</numerusform>
            <numerusform>Konto „%1“ entfernt; %n Sendungen daraus sind jetzt im Konto „Default“ oder in dem Konto, dem eine andere Regel sie zuweist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rules that routed to it, removed: %1.</source>
        <translation>Entfernte Regeln, die ihm Sendungen zugewiesen haben: %1.</translation>
    </message>
    <message>
        <source>  account add --name NAME [--sender-...]   add a sending account (account add --help)
  account set NAME [--rename NAME] [--sender-...]   change an account
  account list [--json]             the sending accounts
  account remove NAME               remove an account; its shipments go back to Default
</source>
        <translation>  account add --name NAME [--sender-...]   ein Versandkonto hinzufügen (account add --help)
  account set NAME [--rename NAME] [--sender-...]   ein Konto ändern
  account list [--json]             die Versandkonten
  account remove NAME               ein Konto entfernen; seine Sendungen kommen zurück ins Konto „Default“
</translation>
    </message>
</context>
<context>
    <name>AccountRepository</name>
    <message>
        <source>The new account has no id.</source>
        <translation>Das neue Konto hat keine ID.</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>Ein Konto braucht einen Namen.</translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation>Ein Konto namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; no longer exists.</source>
        <translation>Das Konto „%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The Default account cannot be removed: shipments that no rule routes elsewhere are in it.</source>
        <translation>Das Konto „Default“ kann nicht entfernt werden: Es enthält die Sendungen, die keine Regel einem anderen Konto zuweist.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>Das Konto existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>ApiDiagnosis</name>
    <message>
        <source>%1 BigCommerce said: &quot;%2&quot;</source>
        <translation>%1 BigCommerce meldete: „%2“</translation>
    </message>
    <message>
        <source>Orders: modify (to write tracking back)</source>
        <translation>Orders: modify (zum Zurückschreiben der Sendungsverfolgung)</translation>
    </message>
    <message>
        <source>Orders: read-only (import only; write-back is off)</source>
        <translation>Orders: read-only (nur Import; Rückmeldung ist aus)</translation>
    </message>
    <message>
        <source>Channel settings: read-only</source>
        <translation>Channel settings: read-only</translation>
    </message>
    <message>
        <source>Information &amp; settings: read-only</source>
        <translation>Information &amp; settings: read-only</translation>
    </message>
    <message>
        <source>No answer from %1 in time while trying to %2. The connection or BigCommerce is slow or down; check this station&apos;s internet connection and try again.</source>
        <translation>Keine rechtzeitige Antwort von %1 beim %2. Die Verbindung oder BigCommerce ist langsam oder ausgefallen; prüfen Sie die Internetverbindung dieses Packplatzes und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the name %1 could not be found (DNS). Check the API Path and this station&apos;s internet connection.</source>
        <translation>der Name %1 wurde nicht gefunden (DNS). Prüfen Sie den API Path und die Internetverbindung dieses Packplatzes.</translation>
    </message>
    <message>
        <source>%1 refused the connection. Check the API Path (host and port) and that the server is running.</source>
        <translation>%1 hat die Verbindung abgelehnt. Prüfen Sie den API Path (Host und Port) und ob der Server läuft.</translation>
    </message>
    <message>
        <source>the secure connection to %1 failed (%2). Check the station&apos;s date and time and any proxy or firewall that inspects HTTPS.</source>
        <translation>die sichere Verbindung zu %1 ist fehlgeschlagen (%2). Prüfen Sie Datum und Uhrzeit des Packplatzes sowie Proxys oder Firewalls, die HTTPS untersuchen.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering. Try again; if it keeps happening, BigCommerce may be having problems.</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen. Versuchen Sie es erneut; wenn das wiederholt passiert, hat BigCommerce möglicherweise Probleme.</translation>
    </message>
    <message>
        <source>%1 (%2). Check this station&apos;s internet connection.</source>
        <translation>%1 (%2). Prüfen Sie die Internetverbindung dieses Packplatzes.</translation>
    </message>
    <message>
        <source>Cannot reach BigCommerce to %1: %2</source>
        <translation>BigCommerce ist beim %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>BigCommerce did not accept the access token (401 Unauthorized). Copy the Access Token of this store&apos;s API account again and enter it as the new token. If you no longer have it, create a new store-level API account in BigCommerce.</source>
        <translation>BigCommerce hat das Access Token nicht akzeptiert (401 Unauthorized). Kopieren Sie das Access Token des API-Kontos dieses Shops erneut und geben Sie es als neues Token ein. Wenn Sie es nicht mehr haben, legen Sie in BigCommerce ein neues Store-level-API-Konto an.</translation>
    </message>
    <message>
        <source>BigCommerce refused to %1 (403 Forbidden). There are two possible causes:
1. The API account lacks a scope. For this it needs %2. With the options chosen, the API account needs:
%3
2. The API Path&apos;s store hash (%4) is not the store this token belongs to. Copy the API Path shown with this token in BigCommerce.</source>
        <translation>BigCommerce hat das %1 verweigert (403 Forbidden). Dafür gibt es zwei mögliche Ursachen:
1. Dem API-Konto fehlt eine Berechtigung (Scope). Hierfür benötigt es %2. Mit den gewählten Optionen benötigt das API-Konto:
%3
2. Der Store-Hash im API Path (%4) gehört nicht zu dem Shop, zu dem dieses Token gehört. Kopieren Sie den API Path, der in BigCommerce zusammen mit diesem Token angezeigt wird.</translation>
    </message>
    <message>
        <source>BigCommerce answered 404 Not Found when trying to %1. Check the API Path: the store hash %2 may be wrong.</source>
        <translation>BigCommerce hat beim %1 mit 404 Not Found geantwortet. Prüfen Sie den API Path: Der Store-Hash %2 ist möglicherweise falsch.</translation>
    </message>
    <message>
        <source>BigCommerce&apos;s request quota for this store is used up for now (429 Too Many Requests); other apps on the store share it. Packbench waits and tries again.</source>
        <translation>Das Anfragekontingent von BigCommerce für diesen Shop ist vorerst aufgebraucht (429 Too Many Requests); andere Apps des Shops teilen es sich. Packbench wartet und versucht es erneut.</translation>
    </message>
    <message>
        <source>BigCommerce had a problem (%1) when trying to %2. This is on BigCommerce&apos;s side; try again in a few minutes.</source>
        <translation>Bei BigCommerce ist beim %2 ein Problem aufgetreten (%1). Der Fehler liegt bei BigCommerce; versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>BigCommerce rejected the request to %1 (%2).</source>
        <translation>BigCommerce hat die Anfrage zum %1 abgelehnt (%2).</translation>
    </message>
    <message>
        <source>BigCommerce sent something unexpected for %1 (%2 from %3). Try again; if it keeps happening, the API Path may point at something that is not the BigCommerce API.</source>
        <translation>BigCommerce hat für %1 etwas Unerwartetes gesendet (%2 von %3). Versuchen Sie es erneut; wenn das wiederholt passiert, zeigt der API Path möglicherweise auf etwas anderes als die BigCommerce-API.</translation>
    </message>
</context>
<context>
    <name>ApiPath</name>
    <message>
        <source>Enter the API Path shown when you created the store-level API account, for example %1.</source>
        <translation>Geben Sie den API Path ein, der beim Anlegen des Store-level-API-Kontos angezeigt wurde, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>This is not a web address. The API Path looks like %1.</source>
        <translation>Dies ist keine Webadresse. Der API Path sieht so aus: %1.</translation>
    </message>
    <message>
        <source>The API Path must start with https:// (not http://). BigCommerce accepts only encrypted connections.</source>
        <translation>Der API Path muss mit https:// beginnen (nicht http://). BigCommerce akzeptiert nur verschlüsselte Verbindungen.</translation>
    </message>
    <message>
        <source>%1 is not the API host. The API Path starts with https://api.bigcommerce.com/stores/, not with your store&apos;s web address; copy it from the API account (Settings &gt; Store-level API accounts).</source>
        <translation>%1 ist nicht der API-Host. Der API Path beginnt mit https://api.bigcommerce.com/stores/, nicht mit der Webadresse Ihres Shops; kopieren Sie ihn aus dem API-Konto (Settings &gt; Store-level API accounts).</translation>
    </message>
    <message>
        <source>The API Path must be on api.bigcommerce.com (found %1). Copy it from the API account in BigCommerce, for example %2.</source>
        <translation>Der API Path muss auf api.bigcommerce.com liegen (gefunden: %1). Kopieren Sie ihn aus dem API-Konto in BigCommerce, zum Beispiel %2.</translation>
    </message>
    <message>
        <source>The API Path has no store hash. It looks like %1, where abc123 is your store hash.</source>
        <translation>Der API Path enthält keinen Store-Hash. Er sieht so aus: %1, wobei abc123 Ihr Store-Hash ist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a store hash: a store hash has only letters and digits. Copy the API Path again from the API account.</source>
        <translation>„%1“ ist kein Store-Hash: Ein Store-Hash besteht nur aus Buchstaben und Ziffern. Kopieren Sie den API Path erneut aus dem API-Konto.</translation>
    </message>
    <message>
        <source>The API Path must end with /v3/ after the store hash, for example https://api.bigcommerce.com/stores/%1/v3/.</source>
        <translation>Der API Path muss nach dem Store-Hash mit /v3/ enden, zum Beispiel https://api.bigcommerce.com/stores/%1/v3/.</translation>
    </message>
    <message>
        <source>Remove everything after /v3/ (or /v2/): the API Path ends there.</source>
        <translation>Entfernen Sie alles nach /v3/ (bzw. /v2/): Dort endet der API Path.</translation>
    </message>
    <message>
        <source>Remove the part from ? or # on: the API Path ends with /v3/.</source>
        <translation>Entfernen Sie alles ab ? oder #: Der API Path endet mit /v3/.</translation>
    </message>
</context>
<context>
    <name>Barcode</name>
    <message>
        <source>There is nothing to put in the barcode.</source>
        <translation>Für den Barcode gibt es keine Daten.</translation>
    </message>
    <message>
        <source>Could not make the barcode for &quot;%1&quot;: out of memory.</source>
        <translation>Der Barcode für „%1“ konnte nicht erzeugt werden: nicht genügend Speicher.</translation>
    </message>
    <message>
        <source>it is too long for a Code 128 barcode</source>
        <translation>der Text ist zu lang für einen Code-128-Barcode</translation>
    </message>
    <message>
        <source>it has characters a Code 128 barcode cannot hold (only Latin letters, digits and common signs)</source>
        <translation>der Text enthält Zeichen, die ein Code-128-Barcode nicht darstellen kann (nur lateinische Buchstaben, Ziffern und gängige Sonderzeichen)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be printed as a barcode: %2.</source>
        <translation>„%1“ kann nicht als Barcode gedruckt werden: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be printed as a barcode: the encoder returned no bars.</source>
        <translation>„%1“ kann nicht als Barcode gedruckt werden: Der Encoder hat keine Striche geliefert.</translation>
    </message>
</context>
<context>
    <name>Carrier</name>
    <message>
        <source>Enter a name for the carrier.</source>
        <translation>Geben Sie einen Namen für den Versanddienstleister ein.</translation>
    </message>
    <message>
        <source>The prefix must be two letters (A-Z), e.g. &quot;PB&quot;.</source>
        <translation>Das Präfix muss aus zwei Buchstaben (A-Z) bestehen, z. B. „PB“.</translation>
    </message>
    <message>
        <source>The country code must be two letters (A-Z), e.g. &quot;NZ&quot;.</source>
        <translation>Der Ländercode muss aus zwei Buchstaben (A-Z) bestehen, z. B. „NZ“.</translation>
    </message>
    <message>
        <source>The tracking link must contain {tracking} where the tracking number goes.</source>
        <translation>Der Tracking-Link muss {tracking} an der Stelle enthalten, an der die Sendungsnummer stehen soll.</translation>
    </message>
    <message>
        <source>The tracking link must be a web address starting with https://.</source>
        <translation>Der Tracking-Link muss eine Webadresse sein, die mit https:// beginnt.</translation>
    </message>
    <message>
        <source>The tracking link is too long: BigCommerce accepts up to 500 characters with the number.</source>
        <translation>Der Tracking-Link ist zu lang: BigCommerce akzeptiert samt Sendungsnummer höchstens 500 Zeichen.</translation>
    </message>
    <message>
        <source>Give either a BigCommerce shipping provider or a tracking carrier, not both.</source>
        <translation>Geben Sie entweder einen BigCommerce-Versandanbieter oder einen Tracking-Dienstleister an, nicht beides.</translation>
    </message>
    <message>
        <source>Shipping provider and tracking carrier are codes in lower case, e.g. &quot;auspost&quot; or &quot;dhl&quot;.</source>
        <translation>Versandanbieter und Tracking-Dienstleister sind Codes in Kleinbuchstaben, z. B. „auspost“ oder „dhl“.</translation>
    </message>
    <message>
        <source>Enter or scan the carrier&apos;s tracking number.</source>
        <translation>Geben Sie die Sendungsnummer des Versanddienstleisters ein, oder scannen Sie sie.</translation>
    </message>
    <message>
        <source>The tracking number is longer than 50 characters, which BigCommerce refuses.</source>
        <translation>Die Sendungsnummer ist länger als 50 Zeichen; BigCommerce lehnt sie ab.</translation>
    </message>
    <message>
        <source>The tracking number may contain letters, digits, spaces and . _ / - only.</source>
        <translation>Die Sendungsnummer darf nur Buchstaben, Ziffern, Leerzeichen und . _ / - enthalten.</translation>
    </message>
</context>
<context>
    <name>CarrierRepository</name>
    <message>
        <source>A new carrier needs an id.</source>
        <translation>Ein neuer Versanddienstleister braucht eine ID.</translation>
    </message>
    <message>
        <source>There is one &quot;Pickup in store&quot; carrier already; add manual or own-sequence carriers.</source>
        <translation>Es gibt bereits einen Versanddienstleister „Pickup in store“; fügen Sie manuelle Versanddienstleister oder solche mit eigenem Nummernkreis hinzu.</translation>
    </message>
    <message>
        <source>A carrier named &quot;%1&quot; already exists.</source>
        <translation>Ein Versanddienstleister namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>The carrier &quot;%1&quot; no longer exists.</source>
        <translation>Der Versanddienstleister „%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is built in: its kind cannot change.</source>
        <translation>„%1“ ist vordefiniert: Seine Art kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>The own sequence and &quot;Pickup in store&quot; are built in and cannot be removed.</source>
        <translation>Der eigene Nummernkreis und „Pickup in store“ sind vordefiniert und können nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The account(s) %1 use this carrier: give them another carrier first.</source>
        <translation>Folgende Konten verwenden diesen Versanddienstleister: %1. Weisen Sie ihnen zuerst einen anderen zu.</translation>
    </message>
    <message>
        <source>The carrier no longer exists.</source>
        <translation>Der Versanddienstleister existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The carrier has no number sequence.</source>
        <translation>Der Versanddienstleister hat keinen Nummernkreis.</translation>
    </message>
    <message>
        <source>The carrier&apos;s number sequence is used up (99,999,999 numbers): add a carrier with another prefix in Settings &gt; Carriers.</source>
        <translation>Der Nummernkreis des Versanddienstleisters ist aufgebraucht (99.999.999 Nummern): Legen Sie unter Einstellungen &gt; Versanddienstleister einen Versanddienstleister mit einem anderen Präfix an.</translation>
    </message>
    <message>
        <source>Pickup in store</source>
        <translation>Pickup in store</translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message>
        <source>no store named &quot;%1&quot;. &apos;packbench store list&apos; shows the stores.</source>
        <translation>kein Shop namens „%1“. &apos;packbench store list&apos; zeigt die Shops an.</translation>
    </message>
    <message>
        <source>Usage: packbench %1 COMMAND [options]</source>
        <extracomment>%1 is a command group such as store.</extracomment>
        <translation>Aufruf: packbench %1 BEFEHL [Optionen]</translation>
    </message>
    <message>
        <source>&apos;packbench %1 COMMAND --help&apos; shows the options of one command.</source>
        <extracomment>%1 is a command group such as store.</extracomment>
        <translation>&apos;packbench %1 BEFEHL --help&apos; zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>Before the last of a list of commands: &quot;add, list, remove or set&quot;.</extracomment>
        <translation> oder </translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a command: %2.</source>
        <extracomment>%1 is a command group such as store, %2 its commands, e.g. &quot;add, list, remove or set&quot;.</extracomment>
        <translation>&apos;%1&apos; erwartet einen Befehl: %2.</translation>
    </message>
    <message>
        <source>unknown %1 command &apos;%2&apos;: use %3.</source>
        <extracomment>%1 is a command group such as store, %2 the word that is no command of it, %3 its commands, e.g. &quot;add, list, remove or set&quot;.</extracomment>
        <translation>unbekannter %1-Befehl &apos;%2&apos;: verwenden Sie %3.</translation>
    </message>
    <message>
        <source>Settings &gt; Database: %1 Correct it there, or go back to this computer&apos;s own database with: packbench database use local</source>
        <extracomment>%1 says what is wrong with the database URL saved in the settings.</extracomment>
        <translation>Einstellungen &gt; Datenbank: %1 Korrigieren Sie die Einstellung dort oder wechseln Sie zurück zur eigenen Datenbank dieses Computers mit: packbench database use local</translation>
    </message>
    <message>
        <source>The password could not be read from the keychain: %1</source>
        <extracomment>After why the database cannot be opened; %1 is the keychain&apos;s error.</extracomment>
        <translation>Das Passwort konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Keep database, settings and keychain entries in the profile folder DIR.</source>
        <translation>Datenbank, Einstellungen und Schlüsselbund-Einträge im Profilordner DIR ablegen.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Packbench: import BigCommerce orders, print shipping labels and write the tracking back.

Without a command Packbench starts its window; with a command it runs without one.</source>
        <translation>Packbench: BigCommerce-Bestellungen importieren, Versandetiketten drucken und die Sendungsverfolgung zurückschreiben.

Ohne Befehl öffnet Packbench sein Fenster; mit einem Befehl läuft es ohne Fenster.</translation>
    </message>
    <message>
        <source>Command to run (none: the window).</source>
        <translation>Auszuführender Befehl (keiner: das Fenster).</translation>
    </message>
    <message>
        <source>Global options such as --profile DIR go before the command;
&apos;packbench --help&apos; lists them and every command.</source>
        <translation>Globale Optionen wie --profile DIR stehen vor dem Befehl;
&apos;packbench --help&apos; zeigt sie und alle Befehle.</translation>
    </message>
    <message>
        <source>Use this database: sqlite:PATH or postgresql://USER@HOST:PORT/DB (default: Settings &gt; Database, else the profile&apos;s own file).</source>
        <translation>Diese Datenbank verwenden: sqlite:PFAD oder postgresql://BENUTZER@HOST:PORT/DB (Standard: Einstellungen &gt; Datenbank, sonst die eigene Datei des Profils).</translation>
    </message>
    <message>
        <source>Name of this packing station (default: Settings &gt; Database, else the host name).</source>
        <translation>Name dieses Packplatzes (Standard: Einstellungen &gt; Datenbank, sonst der Hostname).</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>The database %1 was written by a newer Packbench (schema %2; this one knows up to %3). Update Packbench on this station before it uses that database.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Packbench-Version geschrieben (Schema %2; diese Version kennt Schemas bis %3). Aktualisieren Sie Packbench an diesem Packplatz, bevor er diese Datenbank verwendet.</translation>
    </message>
    <message>
        <source>Connected to %1. It is empty: Packbench creates its tables there when a station first opens it.</source>
        <translation>Verbunden mit %1. Sie ist leer: Packbench legt dort seine Tabellen an, wenn ein Packplatz sie zum ersten Mal öffnet.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: a Packbench database with %n shipment(s), schema %2. Opening it upgrades it to schema %3, after which older Packbench versions cannot use it: update every station that shares it.</source>
        <translation>
            <numerusform>Verbunden mit %1: eine Packbench-Datenbank mit %n Sendung, Schema %2. Beim Öffnen wird sie auf Schema %3 aktualisiert; danach können ältere Packbench-Versionen sie nicht mehr verwenden: Aktualisieren Sie jeden Packplatz, der sie mitbenutzt.</numerusform>
            <numerusform>Verbunden mit %1: eine Packbench-Datenbank mit %n Sendungen, Schema %2. Beim Öffnen wird sie auf Schema %3 aktualisiert; danach können ältere Packbench-Versionen sie nicht mehr verwenden: Aktualisieren Sie jeden Packplatz, der sie mitbenutzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: a Packbench database with %n shipment(s).</source>
        <translation>
            <numerusform>Verbunden mit %1: eine Packbench-Datenbank mit %n Sendung.</numerusform>
            <numerusform>Verbunden mit %1: eine Packbench-Datenbank mit %n Sendungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to %1, but %2 failed: %3</source>
        <translation>Verbunden mit %1, aber %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>checking the user&apos;s rights</source>
        <translation>das Prüfen der Benutzerrechte</translation>
    </message>
    <message>
        <source>Connected to %1, but the user %2 may not change its shipments. Ask the server&apos;s administrator to give %2 the rights of the user that created the tables (GRANT ... TO %2), or use that user.</source>
        <translation>Verbunden mit %1, aber der Benutzer %2 darf die Sendungen dort nicht ändern. Bitten Sie den Administrator des Servers, %2 die Rechte des Benutzers zu geben, der die Tabellen angelegt hat (GRANT ... TO %2), oder verwenden Sie diesen Benutzer.</translation>
    </message>
    <message>
        <source>reading its schema version</source>
        <translation>das Lesen der Schemaversion</translation>
    </message>
    <message>
        <source>counting its shipments</source>
        <translation>das Zählen der Sendungen</translation>
    </message>
    <message>
        <source>Connected to %1, but the user %2 may not create tables in that database, and it is empty. Ask the server&apos;s administrator to make %2 its owner (ALTER DATABASE %3 OWNER TO %2) or to GRANT CREATE ON SCHEMA public TO %2.</source>
        <translation>Verbunden mit %1, aber der Benutzer %2 darf in dieser Datenbank keine Tabellen anlegen, und sie ist leer. Bitten Sie den Administrator des Servers, %2 zu ihrem Eigentümer zu machen (ALTER DATABASE %3 OWNER TO %2) oder GRANT CREATE ON SCHEMA public TO %2 auszuführen.</translation>
    </message>
    <message>
        <source>There is no database file at %1 yet: Packbench creates it there.</source>
        <translation>Unter %1 gibt es noch keine Datenbankdatei: Packbench legt sie dort an.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>run packbench database login %1 or enter it in Settings &gt; Database</source>
        <extracomment>How to store the password; %1 is a database URL without the password.</extracomment>
        <translation>führen Sie packbench database login %1 aus oder geben Sie es unter Einstellungen &gt; Datenbank ein</translation>
    </message>
    <message>
        <source>No PostgreSQL server answers at %1 (%2). Check the host name and the port, that the server is running and that no firewall blocks this station.</source>
        <translation>Unter %1 antwortet kein PostgreSQL-Server (%2). Prüfen Sie Hostname und Port, ob der Server läuft und ob eine Firewall diesen Packplatz blockiert.</translation>
    </message>
    <message>
        <source>The server at %1 refused the user %2 (%3). Check the user name and the password: %4. If they are right, ask the server&apos;s administrator to let this station in (pg_hba.conf).</source>
        <translation>Der Server unter %1 hat den Benutzer %2 abgewiesen (%3). Prüfen Sie Benutzername und Passwort: %4. Wenn beide stimmen, bitten Sie den Administrator des Servers, diesen Packplatz zuzulassen (pg_hba.conf).</translation>
    </message>
    <message>
        <source>The server at %1 wants a password for %2, and this station&apos;s keychain has none for it. Store the password: %3.</source>
        <translation>Der Server unter %1 verlangt ein Passwort für %2, und der Schlüsselbund dieses Packplatzes enthält keines dafür. Speichern Sie das Passwort: %3.</translation>
    </message>
    <message>
        <source>The server at %1 answers, but it has no database &quot;%2&quot; (%3). Check the database name, or have the server&apos;s administrator create it for %4 (createdb -O %4 %2).</source>
        <translation>Der Server unter %1 antwortet, hat aber keine Datenbank „%2“ (%3). Prüfen Sie den Datenbanknamen, oder lassen Sie den Administrator des Servers sie für %4 anlegen (createdb -O %4 %2).</translation>
    </message>
    <message>
        <source>~/.postgresql/root.crt (the default; name another with sslrootcert=PATH)</source>
        <translation>~/.postgresql/root.crt (Standard; eine andere Datei mit sslrootcert=PFAD angeben)</translation>
    </message>
    <message>
        <source>The server at %1 does not offer encrypted connections, but this station requires them (sslmode=%2). Ask the server&apos;s administrator to turn on ssl, or choose another TLS mode in Settings &gt; Database.</source>
        <translation>Der Server unter %1 bietet keine verschlüsselten Verbindungen an, aber dieser Packplatz verlangt sie (sslmode=%2). Bitten Sie den Administrator des Servers, SSL einzuschalten, oder wählen Sie unter Einstellungen &gt; Datenbank einen anderen TLS-Modus.</translation>
    </message>
    <message>
        <source>The server at %1 accepts only encrypted connections (%2). Set the TLS mode to verify-full with the server&apos;s certificate authority: in Settings &gt; Database, or in the URL (?sslmode=verify-full&amp;sslrootcert=PATH).</source>
        <translation>Der Server unter %1 akzeptiert nur verschlüsselte Verbindungen (%2). Stellen Sie den TLS-Modus auf verify-full mit der Zertifizierungsstelle des Servers ein: unter Einstellungen &gt; Datenbank oder in der URL (?sslmode=verify-full&amp;sslrootcert=PFAD).</translation>
    </message>
    <message>
        <source>The certificate authority file %1 cannot be read (%2). Save the certificate of the authority that signed the server&apos;s certificate there, or name its file with sslrootcert=PATH.</source>
        <translation>Die Datei der Zertifizierungsstelle %1 kann nicht gelesen werden (%2). Speichern Sie dort das Zertifikat der Zertifizierungsstelle, die das Zertifikat des Servers signiert hat, oder geben Sie ihre Datei mit sslrootcert=PFAD an.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not made out to %1 (%2). Connect with a host name the certificate names, or ask the server&apos;s administrator for a certificate for %1.</source>
        <translation>Das Zertifikat des Servers ist nicht auf %1 ausgestellt (%2). Verbinden Sie sich mit einem Hostnamen, den das Zertifikat nennt, oder bitten Sie den Administrator des Servers um ein Zertifikat für %1.</translation>
    </message>
    <message>
        <source>The encrypted connection to %1 failed (%2): the server&apos;s certificate is not signed by the certificate authority in %3. Check that sslrootcert names the right file; the server&apos;s administrator has it.</source>
        <translation>Die verschlüsselte Verbindung zu %1 ist fehlgeschlagen (%2): Das Zertifikat des Servers ist nicht von der Zertifizierungsstelle in %3 signiert. Prüfen Sie, ob sslrootcert die richtige Datei angibt; der Administrator des Servers hat sie.</translation>
    </message>
    <message>
        <source>Cannot use the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionReport</name>
    <message>
        <source>Connected to %1 (plan: %2). Storefronts found: %3. Read access confirmed; write access is confirmed at the first write-back.</source>
        <translation>Verbunden mit %1 (Tarif: %2). Gefundene Storefronts: %3. Lesezugriff bestätigt; der Schreibzugriff wird bei der ersten Rückmeldung bestätigt.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database URL sqlite: needs a file path, e.g. sqlite:/srv/packbench/packbench.sqlite.</source>
        <translation>Die Datenbank-URL sqlite: benötigt einen Dateipfad, z. B. sqlite:/srv/packbench/packbench.sqlite.</translation>
    </message>
    <message>
        <source>The database URL is not valid. Use postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Die Datenbank-URL ist ungültig. Verwenden Sie postgresql://BENUTZER@HOST:PORT/DATENBANK.</translation>
    </message>
    <message>
        <source>Leave the password out of the database URL: Packbench reads it from the keychain, so it never shows in a command line or a file.</source>
        <translation>Lassen Sie das Passwort in der Datenbank-URL weg: Packbench liest es aus dem Schlüsselbund, sodass es nie in einer Befehlszeile oder Datei erscheint.</translation>
    </message>
    <message>
        <source>Unknown database URL &quot;%1&quot;. Use sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Unbekannte Datenbank-URL „%1“. Verwenden Sie sqlite:PFAD oder postgresql://BENUTZER@HOST:PORT/DATENBANK.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Der Ordner %1 für die Datenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The database %1 is not available: %2</source>
        <translation>Die Datenbank %1 ist nicht verfügbar: %2</translation>
    </message>
    <message>
        <source>The database was written by a newer Packbench (schema %1; this one knows up to %2). Update Packbench on this station.</source>
        <translation>Die Datenbank wurde von einer neueren Packbench-Version geschrieben (Schema %1; diese Version kennt Schemas bis %2). Aktualisieren Sie Packbench an diesem Packplatz.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>Die Aktualisierung der Datenbank auf Schema %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the disk is full. Free some space and try again; nothing was saved.</source>
        <translation>der Datenträger ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>the database is busy (another program holds a lock). Try again in a moment.</source>
        <translation>die Datenbank ist belegt (ein anderes Programm hält eine Sperre). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>the database file is read-only. Check its permissions.</source>
        <translation>die Datenbankdatei ist schreibgeschützt. Prüfen Sie ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>the database file cannot be opened. Check that its folder exists and is writable.</source>
        <translation>die Datenbankdatei kann nicht geöffnet werden. Prüfen Sie, ob ihr Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>the database file is damaged (%1). Restore it from a backup.</source>
        <translation>die Datenbankdatei ist beschädigt (%1). Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>cannot connect to the database server (%1). Check that it is running and reachable.</source>
        <translation>keine Verbindung zum Datenbankserver möglich (%1). Prüfen Sie, ob er läuft und erreichbar ist.</translation>
    </message>
    <message>
        <source>The database has no change counter (meta change_seq).</source>
        <translation>Der Datenbank fehlt der Änderungszähler (meta change_seq).</translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot; in the database URL. Use one of: %2.</source>
        <translation>Unbekannter sslmode „%1“ in der Datenbank-URL. Verwenden Sie einen der folgenden: %2.</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot; in the database URL. Packbench knows sslmode and sslrootcert.</source>
        <translation>Unbekannte Einstellung „%1“ in der Datenbank-URL. Packbench kennt sslmode und sslrootcert.</translation>
    </message>
    <message>
        <source>no connection to the database server. Check that it is running and reachable.</source>
        <translation>keine Verbindung zum Datenbankserver. Prüfen Sie, ob er läuft und erreichbar ist.</translation>
    </message>
</context>
<context>
    <name>DatabaseCommand</name>
    <message>
        <source>Usage: packbench database login URL (the password on stdin, one line)</source>
        <translation>Aufruf: packbench database login URL (das Passwort über stdin, eine Zeile)</translation>
    </message>
    <message>
        <source>Only a PostgreSQL server has a password; give its URL, e.g. postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Nur ein PostgreSQL-Server hat ein Passwort; geben Sie seine URL an, z. B. postgresql://BENUTZER@HOST:PORT/DATENBANK.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>No password on stdin. Give it as one line on stdin (typed, or piped from a password manager), never as an argument.</source>
        <translation>Kein Passwort über stdin. Geben Sie es als eine Zeile über stdin ein (getippt oder aus einem Passwortmanager weitergeleitet), nie als Argument.</translation>
    </message>
    <message>
        <source>The password was not stored.</source>
        <translation>Das Passwort wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The password for %1 is stored in this station&apos;s keychain.</source>
        <translation>Das Passwort für %1 ist im Schlüsselbund dieses Packplatzes gespeichert.</translation>
    </message>
    <message>
        <source>Usage: packbench database logout URL</source>
        <translation>Aufruf: packbench database logout URL</translation>
    </message>
    <message>
        <source>This station&apos;s keychain holds no password for %1 any more.</source>
        <translation>Der Schlüsselbund dieses Packplatzes enthält kein Passwort mehr für %1.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Usage: packbench database test [URL] [--json]</source>
        <translation>Aufruf: packbench database test [URL] [--json]</translation>
    </message>
    <message>
        <source>Usage: packbench database use URL|local</source>
        <translation>Aufruf: packbench database use URL|local</translation>
    </message>
    <message>
        <source>This station still uses %1.</source>
        <translation>Dieser Packplatz verwendet weiterhin %1.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be written; this station still uses its old database.</source>
        <translation>Die Einstellungsdatei %1 kann nicht geschrieben werden; dieser Packplatz verwendet weiterhin seine bisherige Datenbank.</translation>
    </message>
    <message>
        <source>This station now uses %1. A Packbench window that is open keeps its database until it is started again.</source>
        <translation>Dieser Packplatz verwendet jetzt %1. Ein geöffnetes Packbench-Fenster behält seine Datenbank, bis es neu gestartet wird.</translation>
    </message>
    <message>
        <source>this computer&apos;s own database (%1)</source>
        <translation>die eigene Datenbank dieses Computers (%1)</translation>
    </message>
    <message>
        <source>The database to copy to (its URL).</source>
        <translation>Die Datenbank, in die kopiert wird (ihre URL).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Usage: packbench database migrate --to URL</source>
        <translation>Aufruf: packbench database migrate --to URL</translation>
    </message>
    <message>
        <source>%1 is this station&apos;s own database: name another one with --to.</source>
        <translation>%1 ist die eigene Datenbank dieses Packplatzes: Geben Sie mit --to eine andere an.</translation>
    </message>
    <message>
        <source>copying %1: %2 of %3 rows</source>
        <extracomment>Progress of the copy on stderr: %1 is a table, %2 of %3 its rows.</extracomment>
        <translation>%1 wird kopiert: %2 von %3 Zeilen</translation>
    </message>
    <message>
        <source>Nothing was copied to %1: %2</source>
        <translation>Nach %1 wurde nichts kopiert: %2</translation>
    </message>
    <message>
        <source>table	this station	%1</source>
        <extracomment>The header of the per-table counts after a copy; keep the tabs.</extracomment>
        <translation>Tabelle	dieser Packplatz	%1</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) to %1; every table holds as many rows there as here.</source>
        <translation>
            <numerusform>%n Zeile nach %1 kopiert; jede Tabelle enthält dort genauso viele Zeilen wie hier.</numerusform>
            <numerusform>%n Zeilen nach %1 kopiert; jede Tabelle enthält dort genauso viele Zeilen wie hier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch this station to it with: packbench database use %1</source>
        <translation>Stellen Sie diesen Packplatz darauf um mit: packbench database use %1</translation>
    </message>
    <message>
        <source>  database login URL                store the server&apos;s password in the keychain (stdin), test it
  database logout URL               remove that password from the keychain
  database test [URL] [--json]      test the connection (default: this station&apos;s database)
  database use URL|local            switch this station to that database after a test
  database migrate --to URL         copy this station&apos;s database there and compare the counts
</source>
        <translation>  database login URL                das Passwort des Servers im Schlüsselbund speichern (stdin) und testen
  database logout URL               dieses Passwort aus dem Schlüsselbund entfernen
  database test [URL] [--json]      die Verbindung testen (Standard: die Datenbank dieses Packplatzes)
  database use URL|local            diesen Packplatz nach einem Test auf diese Datenbank umstellen
  database migrate --to URL         die Datenbank dieses Packplatzes dorthin kopieren und die Anzahlen vergleichen
</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message numerus="yes">
        <source>%n store(s)</source>
        <translation>
            <numerusform>%n Shop</numerusform>
            <numerusform>%n Shops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n Bestellung</numerusform>
            <numerusform>%n Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s)</source>
        <translation>
            <numerusform>%n Sendung</numerusform>
            <numerusform>%n Sendungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n write-back(s)</source>
        <translation>
            <numerusform>%n Rückmeldung</numerusform>
            <numerusform>%n Rückmeldungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n Regel</numerusform>
            <numerusform>%n Regeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved view(s)</source>
        <translation>
            <numerusform>%n gespeicherte Ansicht</numerusform>
            <numerusform>%n gespeicherte Ansichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n carrier(s)</source>
        <translation>
            <numerusform>%n Versanddienstleister</numerusform>
            <numerusform>%n Versanddienstleister</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying the table %1 to %2 failed: %3</source>
        <translation>Das Kopieren der Tabelle %1 nach %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Reading the table %1 failed: %2</source>
        <translation>Das Lesen der Tabelle %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 is the database this station already uses: choose another database to copy to.</source>
        <translation>%1 ist die Datenbank, die dieser Packplatz bereits verwendet: Wählen Sie eine andere Datenbank als Ziel.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no Packbench data to copy.</source>
        <translation>%1 enthält keine Packbench-Daten zum Kopieren.</translation>
    </message>
    <message>
        <source>%1 has schema %2 and %3 has schema %4. Open both with this Packbench (it upgrades them), then copy again.</source>
        <translation>%1 hat Schema %2 und %3 hat Schema %4. Öffnen Sie beide mit dieser Packbench-Version (sie aktualisiert sie) und kopieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>%1 has no table %2 although its schema is the same. Open it once with this Packbench, then copy again.</source>
        <translation>%1 hat keine Tabelle %2, obwohl das Schema gleich ist. Öffnen Sie die Datenbank einmal mit dieser Packbench-Version und kopieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>The table %1 of %2 has no column %3 although its schema is the same. Open it once with this Packbench, then copy again.</source>
        <translation>Die Tabelle %1 von %2 hat keine Spalte %3, obwohl das Schema gleich ist. Öffnen Sie die Datenbank einmal mit dieser Packbench-Version und kopieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>%1 already holds data of its own (%2). Copy only into a new, empty database: create one (or choose another), then copy again. Nothing was changed.</source>
        <translation>%1 enthält bereits eigene Daten (%2). Kopieren Sie nur in eine neue, leere Datenbank: Legen Sie eine an (oder wählen Sie eine andere) und kopieren Sie dann erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Preparing %1 for the copy failed: %2</source>
        <translation>Das Vorbereiten von %1 für das Kopieren ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The copy was cancelled; %1 was left as it was.</source>
        <translation>Das Kopieren wurde abgebrochen; %1 blieb unverändert.</translation>
    </message>
    <message>
        <source>Finishing the copy to %1 failed: %2</source>
        <translation>Das Abschließen des Kopierens nach %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Counting the rows of %1 failed: %2</source>
        <translation>Das Zählen der Zeilen von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The table %1 has %2 rows in %3 but %4 in %5 after the copy, so nothing was kept. Make sure no station uses %5 during the copy, then copy again.</source>
        <translation>Die Tabelle %1 hat %2 Zeilen in %3, nach dem Kopieren aber %4 in %5, daher wurde nichts behalten. Stellen Sie sicher, dass kein Packplatz %5 während des Kopierens verwendet, und kopieren Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>name one store with --store NAME, or use --all.</source>
        <translation>geben Sie mit --store NAME einen Shop an oder verwenden Sie --all.</translation>
    </message>
    <message>
        <source>no store is connected. Add one with &apos;packbench store add&apos;.</source>
        <translation>es ist kein Shop verbunden. Fügen Sie einen mit &apos;packbench store add&apos; hinzu.</translation>
    </message>
    <message>
        <source>no store named &quot;%1&quot;. &apos;packbench store list&apos; shows the stores.</source>
        <translation>kein Shop namens „%1“. &apos;packbench store list&apos; zeigt die Shops an.</translation>
    </message>
    <message>
        <source>Import from this store.</source>
        <translation>Aus diesem Shop importieren.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Import from every connected store.</source>
        <translation>Aus allen verbundenen Shops importieren.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Statuses to import, e.g. 9,11 (default: the store&apos;s own).</source>
        <translation>Zu importierende Status, z. B. 9,11 (Standard: die des Shops).</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>--days takes a number of days from 1 to 3650.</source>
        <translation>--days erwartet eine Anzahl von Tagen zwischen 1 und 3650.</translation>
    </message>
    <message>
        <source>--statuses takes status ids 0-14 separated by commas, e.g. 9,11.</source>
        <translation>--statuses erwartet Status-IDs von 0-14, durch Kommas getrennt, z. B. 9,11.</translation>
    </message>
    <message>
        <source>%1: %2 orders, %3 requests, %4%</source>
        <translation>%1: %2 Bestellungen, %3 Anfragen, %4 %</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 skipped; %5 new shipments; %6 requests in %7 s.</source>
        <translation>%1 neu, %2 aktualisiert, %3 unverändert, %4 übersprungen; %5 neue Sendungen; %6 Anfragen in %7 s.</translation>
    </message>
    <message>
        <source>  skipped %1 #%2: %3</source>
        <translation>  %1 #%2 übersprungen: %3</translation>
    </message>
    <message>
        <source>The store the order belongs to.</source>
        <translation>Der Shop, zu dem die Bestellung gehört.</translation>
    </message>
    <message>
        <source>The BigCommerce order number.</source>
        <translation>Die BigCommerce-Bestellnummer.</translation>
    </message>
    <message>
        <source>ORDER_ID</source>
        <translation>ORDER_ID</translation>
    </message>
    <message>
        <source>Usage: packbench why --store NAME --order ORDER_ID</source>
        <translation>Aufruf: packbench why --store NAME --order ORDER_ID</translation>
    </message>
    <message>
        <source>--order takes an order number, e.g. 1042.</source>
        <translation>--order erwartet eine Bestellnummer, z. B. 1042.</translation>
    </message>
    <message>
        <source>no store named &quot;%1&quot;.</source>
        <translation>kein Shop namens „%1“.</translation>
    </message>
    <message>
        <source>  %1: %2 new, %3 updated, %4 unchanged, %5 skipped</source>
        <translation>  %1: %2 neu, %3 aktualisiert, %4 unverändert, %5 übersprungen</translation>
    </message>
    <message>
        <source>  %1: failed</source>
        <translation>  %1: fehlgeschlagen</translation>
    </message>
    <message>
        <source>Fetch every order changed since the last successful import, whatever its status (what the automatic refresh does).</source>
        <translation>Jede Bestellung abrufen, die sich seit dem letzten erfolgreichen Import geändert hat, unabhängig von ihrem Status (wie die automatische Aktualisierung).</translation>
    </message>
    <message>
        <source>  import --store NAME|--all [--days N] [--statuses 9,11] [--refresh] [--json]
                                    import orders ready to ship
  why --store NAME --order ORDER_ID   explain why an order is (not) here
</source>
        <translation>  import --store NAME|--all [--days N] [--statuses 9,11] [--refresh] [--json]
                                    versandbereite Bestellungen importieren
  why --store NAME --order ORDER_ID   erklären, warum eine Bestellung (nicht) hier ist
</translation>
    </message>
    <message>
        <source>Orders changed in the last N days, 1-3650 (default: 7).</source>
        <translation>Bestellungen, die in den letzten N Tagen geändert wurden, 1-3650 (Standard: 7).</translation>
    </message>
    <message>
        <source>Usage: packbench import --store NAME|--all [--days N] [--statuses 9,11] [--refresh] [--json]</source>
        <translation>Aufruf: packbench import --store NAME|--all [--days N] [--statuses 9,11] [--refresh] [--json]</translation>
    </message>
</context>
<context>
    <name>ImportRules</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>already printed in Packbench; BigCommerce status %1</source>
        <translation>bereits in Packbench gedruckt; BigCommerce-Status %1</translation>
    </message>
    <message>
        <source>order cancelled in BigCommerce after printing (%1)</source>
        <translation>Bestellung nach dem Druck in BigCommerce storniert (%1)</translation>
    </message>
    <message>
        <source>order put on hold in BigCommerce after printing (%1)</source>
        <translation>Bestellung nach dem Druck in BigCommerce zurückgestellt (%1)</translation>
    </message>
    <message>
        <source>the order is %1 in BigCommerce: nothing to ship</source>
        <translation>die Bestellung ist in BigCommerce %1: nichts zu versenden</translation>
    </message>
    <message>
        <source>the order is %1 in BigCommerce: on hold until it returns to a status that is imported</source>
        <translation>die Bestellung ist in BigCommerce %1: zurückgestellt, bis sie wieder einen importierten Status hat</translation>
    </message>
    <message>
        <source>BigCommerce reports status %1, which Packbench does not know: on hold until it returns to a status that is imported</source>
        <translation>BigCommerce meldet den Status %1, den Packbench nicht kennt: zurückgestellt, bis die Bestellung wieder einen importierten Status hat</translation>
    </message>
    <message>
        <source>every item of this shipment is shipped or refunded in BigCommerce (%1)</source>
        <translation>alle Artikel dieser Sendung sind in BigCommerce versandt oder erstattet (%1)</translation>
    </message>
    <message>
        <source>the order is %1 in BigCommerce: handled outside Packbench</source>
        <translation>die Bestellung ist in BigCommerce %1: außerhalb von Packbench bearbeitet</translation>
    </message>
    <message>
        <source>the order is %1 in BigCommerce and has items to ship</source>
        <translation>die Bestellung ist in BigCommerce %1 und hat Artikel zu versenden</translation>
    </message>
    <message>
        <source>the order is %1 in BigCommerce, which is neither imported nor an update status: unchanged</source>
        <translation>die Bestellung ist in BigCommerce %1, weder ein Import- noch ein Aktualisierungsstatus: unverändert</translation>
    </message>
    <message>
        <source>status %1 is not among the statuses imported</source>
        <translation>Status %1 gehört nicht zu den importierten Status</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>Nothing is stored in this station&apos;s keychain for it.</source>
        <translation>Im Schlüsselbund dieses Packplatzes ist dafür nichts gespeichert.</translation>
    </message>
    <message>
        <source>No keychain is available on this station (%1). Packbench keeps access tokens only in the system keychain and never in a file, so nothing was stored. Start a keychain service such as GNOME Keyring or KWallet (log in to a desktop session), then try again.</source>
        <translation>Auf diesem Packplatz ist kein Schlüsselbund verfügbar (%1). Packbench speichert Access Tokens nur im Schlüsselbund des Systems und nie in einer Datei, daher wurde nichts gespeichert. Starten Sie einen Schlüsselbund-Dienst wie GNOME Keyring oder KWallet (melden Sie sich dazu in einer Desktop-Sitzung an) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock the keychain and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (%1). Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund meldete einen Fehler: %1</translation>
    </message>
</context>
<context>
    <name>LabelRenderer</name>
    <message>
        <source>FROM</source>
        <translation>ABSENDER</translation>
    </message>
    <message>
        <source>Parcel %1/%2</source>
        <translation>Paket %1/%2</translation>
    </message>
    <message>
        <source>COLLECT IN STORE</source>
        <translation>ABHOLUNG IM LADEN</translation>
    </message>
    <message>
        <source>Collect from</source>
        <translation>Abholort</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Tel. %1</translation>
    </message>
    <message>
        <source>SHIP TO</source>
        <translation>EMPFÄNGER</translation>
    </message>
    <message>
        <source>SIGNATURE REQUIRED</source>
        <translation>NUR GEGEN UNTERSCHRIFT</translation>
    </message>
    <message>
        <source>ATL</source>
        <translation>ATL</translation>
    </message>
    <message>
        <source>Authority to leave</source>
        <translation>Abstellgenehmigung</translation>
    </message>
    <message>
        <source>Pickup in store</source>
        <translation>Pickup in store</translation>
    </message>
    <message>
        <source>Order #%1</source>
        <translation>Bestellung #%1</translation>
    </message>
    <message>
        <source>Shipment %1 of %2</source>
        <translation>Sendung %1 von %2</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Gedruckt: %1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Größe: %1</translation>
    </message>
    <message>
        <source>Colour: %1</source>
        <translation>Farbe: %1</translation>
    </message>
    <message>
        <source>HS Code: %1</source>
        <translation>HS-Code: %1</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>Lieferschein</translation>
    </message>
    <message>
        <source>Collect in store: %1</source>
        <translation>Abholung im Laden: %1</translation>
    </message>
    <message>
        <source>Ship to: %1</source>
        <translation>Lieferung an: %1</translation>
    </message>
    <message>
        <source>Parcels: %1</source>
        <translation>Pakete: %1</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Artikel: %1</translation>
    </message>
    <message>
        <source>Customs declaration</source>
        <translation>Zollinhaltserklärung</translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation>Ursprungsland: %1</translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation>Währung: %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>HS-Code</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Weight (%1)</source>
        <translation>Gewicht (%1)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>I certify that the particulars given in this declaration are correct and that these goods are not dangerous or prohibited.</source>
        <translation>Ich bestätige, dass die Angaben in dieser Erklärung richtig sind und dass diese Waren weder gefährlich noch verboten sind.</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Signature: ______________</source>
        <translation>Unterschrift: ______________</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Shipping labels</source>
        <translation>Versandetiketten</translation>
    </message>
    <message>
        <source>Could not start a PDF document.</source>
        <translation>Das PDF-Dokument konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>A PNG image holds at most %1 pages; this job has %2. Save it as PDF or ZPL.</source>
        <translation>Ein PNG-Bild fasst höchstens %1 Seiten; dieser Auftrag hat %2. Speichern Sie ihn als PDF oder ZPL.</translation>
    </message>
    <message>
        <source>Not enough memory for a PNG image of %1 pages.</source>
        <translation>Nicht genügend Speicher für ein PNG-Bild mit %1 Seiten.</translation>
    </message>
    <message>
        <source>Could not encode the labels as a PNG image.</source>
        <translation>Die Etiketten konnten nicht als PNG-Bild kodiert werden.</translation>
    </message>
    <message>
        <source>PDF and PNG labels need the graphical Packbench; write ZPL instead.</source>
        <translation>PDF- und PNG-Etiketten erfordern die grafische Packbench-Version; erzeugen Sie stattdessen ZPL.</translation>
    </message>
    <message>
        <source>There are no parcels to print.</source>
        <translation>Es gibt keine Pakete zu drucken.</translation>
    </message>
    <message>
        <source>Order #%1: %2</source>
        <translation>Bestellung #%1: %2</translation>
    </message>
    <message>
        <source>Order #%1: &quot;%2&quot; has characters a thermal printer&apos;s barcode cannot hold. Use letters, digits and common signs only, or print a PDF.</source>
        <translation>Bestellung #%1: „%2“ enthält Zeichen, die der Barcode eines Thermodruckers nicht darstellen kann. Verwenden Sie nur Buchstaben, Ziffern und gängige Sonderzeichen, oder drucken Sie ein PDF.</translation>
    </message>
    <message>
        <source>There is nowhere to write the labels to.</source>
        <translation>Für die Etiketten ist kein Ziel angegeben.</translation>
    </message>
    <message>
        <source>Could not write the labels: %1</source>
        <translation>Die Etiketten konnten nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Could not write the labels: the output is open for reading only.</source>
        <translation>Die Etiketten konnten nicht geschrieben werden: Die Ausgabe ist nur zum Lesen geöffnet.</translation>
    </message>
    <message>
        <source>Thermal printers print ZPL at 203 or 300 dpi, not %1 dpi.</source>
        <translation>Thermodrucker drucken ZPL mit 203 oder 300 dpi, nicht mit %1 dpi.</translation>
    </message>
    <message>
        <source>Cannot tell which format to write %1 in: use a file name ending in .pdf, .png or .zpl.</source>
        <translation>Das Format für %1 ist nicht erkennbar: Verwenden Sie einen Dateinamen mit der Endung .pdf, .png oder .zpl.</translation>
    </message>
    <message>
        <source>Could not write the labels to %1: %2</source>
        <translation>Die Etiketten konnten nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>OrderExplainer</name>
    <message>
        <source>in To ship</source>
        <translation>in „Zu versenden“</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>gedruckt</translation>
    </message>
    <message>
        <source>printed and written back</source>
        <translation>gedruckt und zurückgemeldet</translation>
    </message>
    <message>
        <source>printed; the write-back failed</source>
        <translation>gedruckt; die Rückmeldung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>shipped or completed outside Packbench, so not in To ship</source>
        <translation>außerhalb von Packbench versendet oder abgeschlossen, daher nicht in „Zu versenden“</translation>
    </message>
    <message>
        <source>cancelled, so not in To ship</source>
        <translation>storniert, daher nicht in „Zu versenden“</translation>
    </message>
    <message>
        <source>on hold until BigCommerce releases it</source>
        <translation>zurückgestellt, bis BigCommerce sie freigibt</translation>
    </message>
    <message>
        <source>Order #%1 cannot be read: %2. Packbench skips it and imports everything else.</source>
        <translation>Bestellung #%1 kann nicht gelesen werden: %2. Packbench überspringt sie und importiert alles andere.</translation>
    </message>
    <message>
        <source>Order #%1 in %2: status %3, storefront %4, last changed %5.</source>
        <translation>Bestellung #%1 in %2: Status %3, Storefront %4, zuletzt geändert: %5.</translation>
    </message>
    <message>
        <source>Imported: shipment %1 to %2, %3, is %4.</source>
        <translation>Importiert: Sendung %1 an %2, %3, ist %4.</translation>
    </message>
    <message>
        <source>It has no physical items (digital only): there is nothing to ship.</source>
        <translation>Sie enthält keine physischen Artikel (nur digitale): Es gibt nichts zu versenden.</translation>
    </message>
    <message>
        <source>Its status %1 is not selected for import (selected: %2). Add it in Settings &gt; Integrations, or import it once with --statuses %3.</source>
        <translation>Ihr Status %1 ist nicht für den Import ausgewählt (ausgewählt: %2). Fügen Sie ihn unter Einstellungen &gt; Integrationen hinzu oder importieren Sie sie einmalig mit --statuses %3.</translation>
    </message>
    <message>
        <source>The last import skipped it: %1</source>
        <translation>Der letzte Import hat sie übersprungen: %1</translation>
    </message>
    <message>
        <source>It has no shipping address and no pickup: there is nothing to ship.</source>
        <translation>Sie hat weder eine Lieferadresse noch eine Abholung: Es gibt nichts zu versenden.</translation>
    </message>
    <message>
        <source>It matches what is imported but is not here yet: run an import (Shipments &gt; Import) to fetch it.</source>
        <translation>Sie entspricht den Importkriterien, ist aber noch nicht hier: Starten Sie einen Import (Sendungen &gt; Importieren), um sie abzurufen.</translation>
    </message>
    <message>
        <source>BigCommerce has no order #%1 in store &quot;%2&quot; (store hash %3). It may belong to another store.</source>
        <translation>BigCommerce hat keine Bestellung #%1 im Shop „%2“ (Store-Hash %3). Sie gehört möglicherweise zu einem anderen Shop.</translation>
    </message>
    <message>
        <source>read order #%1</source>
        <translation>Lesen der Bestellung #%1</translation>
    </message>
    <message>
        <source>Orders: read-only</source>
        <translation>Orders: read-only</translation>
    </message>
    <message>
        <source>It is not imported: %1.</source>
        <translation>Sie wird nicht importiert: %1.</translation>
    </message>
    <message>
        <source>No import of all its store&apos;s statuses has finished yet: run an import (Shipments &gt; Import) to fetch it.</source>
        <translation>Bisher wurde kein Import aller Status dieses Shops abgeschlossen: Starten Sie einen Import (Sendungen &gt; Importieren), um sie abzurufen.</translation>
    </message>
    <message>
        <source>It was last changed %1 days ago, before the imports so far reached (orders changed since %2, %3 days). Import with %4 days or more to include it.</source>
        <translation>Sie wurde zuletzt vor %1 Tagen geändert, vor dem Zeitraum, den die Importe bisher abdecken (Bestellungen geändert seit %2, %3 Tage). Importieren Sie mit %4 Tagen oder mehr, um sie einzuschließen.</translation>
    </message>
</context>
<context>
    <name>OrderMapper</name>
    <message>
        <source>the order has no valid id</source>
        <translation>die Bestellung hat keine gültige ID</translation>
    </message>
    <message>
        <source>the order has no valid id (%1)</source>
        <translation>die Bestellung hat keine gültige ID (%1)</translation>
    </message>
    <message>
        <source>order %1 has no %2</source>
        <translation>Bestellung %1 hat kein Feld %2</translation>
    </message>
    <message>
        <source>order %1 has no valid %2 (%3)</source>
        <translation>Bestellung %1 hat keinen gültigen Wert für %2 (%3)</translation>
    </message>
    <message>
        <source>line item %1 of order %2 has no %3</source>
        <translation>Position %1 der Bestellung %2 hat kein Feld %3</translation>
    </message>
    <message>
        <source>line item %1 of order %2 has no valid %3 (%4)</source>
        <translation>Position %1 der Bestellung %2 hat keinen gültigen Wert für %3 (%4)</translation>
    </message>
    <message>
        <source>shipping consignment %1 of order %2 has no %3</source>
        <translation>Versandlieferung %1 der Bestellung %2 hat kein Feld %3</translation>
    </message>
    <message>
        <source>shipping consignment %1 of order %2 has no valid %3 (%4)</source>
        <translation>Versandlieferung %1 der Bestellung %2 hat keinen gültigen Wert für %3 (%4)</translation>
    </message>
    <message>
        <source>pickup consignment %1 of order %2 has no %3</source>
        <translation>Abhollieferung %1 der Bestellung %2 hat kein Feld %3</translation>
    </message>
    <message>
        <source>pickup consignment %1 of order %2 has no valid %3 (%4)</source>
        <translation>Abhollieferung %1 der Bestellung %2 hat keinen gültigen Wert für %3 (%4)</translation>
    </message>
    <message>
        <source>product %1 of order %2 has no %3</source>
        <translation>Produkt %1 der Bestellung %2 hat kein Feld %3</translation>
    </message>
    <message>
        <source>product %1 of order %2 has no valid %3 (%4)</source>
        <translation>Produkt %1 der Bestellung %2 hat keinen gültigen Wert für %3 (%4)</translation>
    </message>
    <message>
        <source>order %1 lists product %2 twice</source>
        <translation>Bestellung %1 führt Produkt %2 doppelt auf</translation>
    </message>
    <message>
        <source>order %1 lists consignment %2 twice</source>
        <translation>Bestellung %1 führt Lieferung %2 doppelt auf</translation>
    </message>
    <message>
        <source>BigCommerce sent an orders page that is not valid JSON (%1 at byte %2).</source>
        <translation>BigCommerce hat eine Bestellseite gesendet, die kein gültiges JSON ist (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>BigCommerce sent an orders page that is not a list of orders.</source>
        <translation>BigCommerce hat eine Bestellseite gesendet, die keine Liste von Bestellungen ist.</translation>
    </message>
    <message>
        <source>entry %1 of the orders page is not an order object (%2)</source>
        <translation>Eintrag %1 der Bestellseite ist kein Bestellobjekt (%2)</translation>
    </message>
    <message>
        <source>there is no order to complete</source>
        <translation>es gibt keine Bestellung zum Vervollständigen</translation>
    </message>
    <message>
        <source>product %1 of order %2 is for pickup, but the order has no pickup consignment</source>
        <translation>Produkt %1 der Bestellung %2 ist zur Abholung bestimmt, aber die Bestellung hat keine Abhollieferung</translation>
    </message>
    <message>
        <source>product %1 of order %2 is for shipping address %3, which is not one of the order&apos;s shipping consignments</source>
        <translation>Produkt %1 der Bestellung %2 ist für die Lieferadresse %3 bestimmt, die zu keiner Versandlieferung der Bestellung gehört</translation>
    </message>
    <message>
        <source>product %1 of order %2 has neither a shipping address nor a pickup method</source>
        <translation>Produkt %1 der Bestellung %2 hat weder eine Lieferadresse noch eine Abholmethode</translation>
    </message>
    <message>
        <source>the consignments of order %1 are not a JSON object</source>
        <translation>die Lieferungen der Bestellung %1 sind kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versendet</translation>
    </message>
    <message>
        <source>Partially Shipped</source>
        <translation>Teilweise versendet</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Awaiting Payment</source>
        <translation>Wartet auf Zahlung</translation>
    </message>
    <message>
        <source>Awaiting Pickup</source>
        <translation>Wartet auf Abholung</translation>
    </message>
    <message>
        <source>Awaiting Shipment</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Awaiting Fulfillment</source>
        <translation>Wartet auf Bearbeitung</translation>
    </message>
    <message>
        <source>Manual Verification Required</source>
        <translation>Manuelle Prüfung erforderlich</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Beanstandet</translation>
    </message>
    <message>
        <source>Partially Refunded</source>
        <translation>Teilweise erstattet</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>Status %1</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The database has no outbox sequence: it was not upgraded completely.</source>
        <translation>Der Datenbank fehlt die Outbox-Sequenz: Sie wurde nicht vollständig aktualisiert.</translation>
    </message>
    <message>
        <source>waiting for dispatch (Mark dispatched sends it)</source>
        <translation>wartet auf Versand („Als versandt markieren“ sendet sie)</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>sent at %1</source>
        <translation>gesendet um %1</translation>
    </message>
    <message>
        <source>sent at %1 as BigCommerce shipment %2</source>
        <translation>gesendet um %1 als BigCommerce-Sendung %2</translation>
    </message>
    <message>
        <source>retrying at %1 because %2</source>
        <translation>neuer Versuch um %1, Grund: %2</translation>
    </message>
    <message>
        <source>held: %1</source>
        <translation>angehalten: %1</translation>
    </message>
    <message>
        <source>failed because %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>not written back: %1</source>
        <translation>nicht zurückgemeldet: %1</translation>
    </message>
    <message>
        <source>voiding: the BigCommerce shipment is being deleted</source>
        <translation>wird storniert: Die BigCommerce-Sendung wird gelöscht</translation>
    </message>
    <message>
        <source>voided at %1</source>
        <translation>storniert um %1</translation>
    </message>
    <message>
        <source>dismissed: %1</source>
        <translation>verworfen: %1</translation>
    </message>
    <message>
        <source>There is no such shipment.</source>
        <translation>Diese Sendung gibt es nicht.</translation>
    </message>
    <message>
        <source>Order #%1 was printed %2 on %3; use Reprint.</source>
        <translation>Bestellung #%1 wurde um %2 an %3 gedruckt; verwenden Sie „Nachdrucken“.</translation>
    </message>
    <message>
        <source>this station</source>
        <translation>diesem Packplatz</translation>
    </message>
    <message>
        <source>Order #%1 has nothing to print: it is %2.</source>
        <translation>Bestellung #%1 kann nicht gedruckt werden: Ihr Zustand ist %2.</translation>
    </message>
    <message>
        <source>The shipment&apos;s store no longer exists.</source>
        <translation>Der Shop der Sendung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Order #%1 has nothing left to ship in this shipment.</source>
        <translation>Bestellung #%1: In dieser Sendung ist nichts mehr zu versenden.</translation>
    </message>
    <message>
        <source>Order product %1 is not an item this shipment has to ship.</source>
        <translation>Bestellposition %1 ist kein Artikel, den diese Sendung zu versenden hat.</translation>
    </message>
    <message>
        <source>Order product %1: the quantity must be 1 to %2 (left to ship), not %3.</source>
        <translation>Bestellposition %1: Die Menge muss zwischen 1 und %2 (noch zu versenden) liegen, nicht bei %3.</translation>
    </message>
    <message>
        <source>The carrier no longer exists: choose another one.</source>
        <translation>Der Versanddienstleister existiert nicht mehr: Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>Order #%1 is a pickup in store: it can only be printed with &quot;%2&quot;.</source>
        <translation>Bestellung #%1 wird im Laden abgeholt: Sie kann nur mit „%2“ gedruckt werden.</translation>
    </message>
    <message>
        <source>Order #%1 was printed at another station a moment ago; use Reprint.</source>
        <translation>Bestellung #%1 wurde gerade eben an einem anderen Packplatz gedruckt; verwenden Sie „Nachdrucken“.</translation>
    </message>
    <message>
        <source>%1 x %2</source>
        <translation>%1 x %2</translation>
    </message>
    <message>
        <source>%1 x %2 (%3)</source>
        <translation>%1 x %2 (%3)</translation>
    </message>
    <message>
        <source>Order #%1 has not been printed yet: use Print.</source>
        <translation>Bestellung #%1 wurde noch nicht gedruckt: Verwenden Sie „Etikett drucken“.</translation>
    </message>
    <message>
        <source>Order #%1 is not printed: there is nothing to void.</source>
        <translation>Bestellung #%1 ist nicht gedruckt: Es gibt nichts zu stornieren.</translation>
    </message>
    <message>
        <source>Order #%1&apos;s write-back is being sent right now; void it again in a moment.</source>
        <translation>Die Rückmeldung der Bestellung #%1 wird gerade gesendet; stornieren Sie gleich noch einmal.</translation>
    </message>
    <message>
        <source>The BigCommerce shipment is being deleted and the order put back.</source>
        <translation>Die BigCommerce-Sendung wird gelöscht und die Bestellung zurückgesetzt.</translation>
    </message>
    <message>
        <source>The write-back was dropped before it was sent.</source>
        <translation>Die Rückmeldung wurde verworfen, bevor sie gesendet wurde.</translation>
    </message>
    <message>
        <source>the station stopped while sending; BigCommerce is asked before it is sent again</source>
        <translation>der Packplatz wurde während des Sendens beendet; vor dem erneuten Senden wird BigCommerce abgefragt</translation>
    </message>
    <message>
        <source>Only a failed or held write-back can be retried.</source>
        <translation>Nur eine fehlgeschlagene oder angehaltene Rückmeldung kann wiederholt werden.</translation>
    </message>
    <message>
        <source>Only a failed or held write-back can be dismissed.</source>
        <translation>Nur eine fehlgeschlagene oder angehaltene Rückmeldung kann verworfen werden.</translation>
    </message>
    <message>
        <source>%1 is printing this shipment right now.</source>
        <extracomment>%1 is a station name such as Bench 3.</extracomment>
        <translation>%1 druckt diese Sendung gerade.</translation>
    </message>
    <message>
        <source>the station that was sending this stopped before BigCommerce answered; BigCommerce is asked after %1, once that station&apos;s request has ended, before it is sent again</source>
        <translation>der Packplatz, der dies gesendet hat, hielt an, bevor BigCommerce antwortete; BigCommerce wird nach %1 gefragt, wenn dessen Anfrage sicher beendet ist, bevor es erneut gesendet wird</translation>
    </message>
</context>
<context>
    <name>Packbench::AccountsPage</name>
    <message>
        <source>Ne&amp;w account</source>
        <translation>&amp;Neues Konto</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Select an account, or click New account.</source>
        <translation>Wählen Sie ein Konto aus, oder klicken Sie auf „Neues Konto“.</translation>
    </message>
    <message>
        <source>e.g. Kids Warehouse</source>
        <translation>z. B. Kids Warehouse</translation>
    </message>
    <message>
        <source>e.g. NZ</source>
        <translation>z. B. NZ</translation>
    </message>
    <message>
        <source>e.g. dispatch@example.com</source>
        <translation>z. B. versand@example.com</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>&amp;Kontoname:</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>Printed on the labels of this account&apos;s shipments as the sender.</source>
        <translation>Wird auf den Etiketten der Sendungen dieses Kontos als Absender gedruckt.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Com&amp;pany:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Straße:</translation>
    </message>
    <message>
        <source>Street &amp;2:</source>
        <translation>Straße &amp;2:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation>&amp;Postleitzahl:</translation>
    </message>
    <message>
        <source>Countr&amp;y code:</source>
        <translation>&amp;Ländercode:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>E-Ma&amp;il:</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Apply or OK saves the account.</source>
        <translation>„Anwenden“ oder „OK“ speichert das Konto.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Shipments that no rule routes elsewhere are in this account.</source>
        <translation>Sendungen, die keine Regel einem anderen Konto zuweist, sind in diesem Konto.</translation>
    </message>
    <message>
        <source>The Default account cannot be removed: shipments that no rule routes elsewhere are in it.</source>
        <translation>Das Konto „Default“ kann nicht entfernt werden: Es enthält die Sendungen, die keine Regel einem anderen Konto zuweist.</translation>
    </message>
    <message>
        <source>The new account is not saved yet: Discard changes drops it.</source>
        <translation>Das neue Konto ist noch nicht gespeichert: „Änderungen verwerfen“ verwirft es.</translation>
    </message>
    <message>
        <source>Remove the account: its shipments move back to Default.</source>
        <translation>Das Konto entfernen: Seine Sendungen kommen zurück ins Konto „Default“.</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>Ein Konto braucht einen Namen.</translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation>Ein Konto namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Use the two-letter country code (ISO 3166), e.g. NZ, AU, US or DE.</source>
        <translation>Verwenden Sie den zweistelligen Ländercode (ISO 3166), z. B. NZ, AU, US oder DE.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address: write it as name@example.com, or leave it empty.</source>
        <translation>„%1“ ist keine E-Mail-Adresse: Schreiben Sie sie in der Form name@example.com, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Every shipment that no rule routes elsewhere is in this account; it cannot be removed.</source>
        <translation>Jede Sendung, die keine Regel einem anderen Konto zuweist, ist in diesem Konto; es kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Rules route shipments here, e.g. &quot;If tag = 2, assign to account Kids Warehouse&quot;.</source>
        <translation>Regeln weisen diesem Konto Sendungen zu, z. B. „Wenn Tag = 2, Konto Kids Warehouse zuweisen“.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; added. Rules on the Rules page can now route shipments to it.</source>
        <translation>Konto „%1“ hinzugefügt. Regeln auf der Seite „Regeln“ können ihm jetzt Sendungen zuweisen.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; saved.</source>
        <translation>Konto „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Counting the shipments of &quot;%1&quot;…</source>
        <translation>Sendungen von „%1“ werden gezählt…</translation>
    </message>
    <message>
        <source>No shipment is in it.</source>
        <translation>Es enthält keine Sendungen.</translation>
    </message>
    <message>
        <source>1 shipment in it moves back to Default.</source>
        <translation>1 Sendung darin kommt zurück ins Konto „Default“.</translation>
    </message>
    <message numerus="yes">
        <source>%n shipments in it move back to Default.</source>
        <translation>
            <numerusform>%n Sendung darin kommt zurück ins Konto „Default“.</numerusform>
            <numerusform>%n Sendungen darin kommen zurück ins Konto „Default“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Those still to ship or on hold are run through the remaining rules again; printed ones stay in Default.</source>
        <translation>Noch zu versendende oder zurückgestellte Sendungen durchlaufen die übrigen Regeln erneut; gedruckte bleiben im Konto „Default“.</translation>
    </message>
    <message>
        <source>No rule routes shipments to it.</source>
        <translation>Keine Regel weist ihm Sendungen zu.</translation>
    </message>
    <message>
        <source>The rule %1 routes shipments to it and is removed with it.</source>
        <translation>Die Regel %1 weist ihm Sendungen zu und wird mit ihm entfernt.</translation>
    </message>
    <message>
        <source>These rules route shipments to it and are removed with it: %1.</source>
        <translation>Diese Regeln weisen ihm Sendungen zu und werden mit ihm entfernt: %1.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot;?</source>
        <translation>Das Konto „%1“ entfernen?</translation>
    </message>
    <message>
        <source>&amp;Remove account</source>
        <translation>Konto &amp;entfernen</translation>
    </message>
    <message>
        <source>Removing &quot;%1&quot;…</source>
        <translation>„%1“ wird entfernt…</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; removed.</source>
        <translation>Konto „%1“ entfernt.</translation>
    </message>
    <message>
        <source>1 shipment moved back to Default.</source>
        <translation>1 Sendung ist zurück im Konto „Default“.</translation>
    </message>
    <message numerus="yes">
        <source>%n shipments moved back to Default.</source>
        <translation>
            <numerusform>%n Sendung ist zurück im Konto „Default“.</numerusform>
            <numerusform>%n Sendungen sind zurück im Konto „Default“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule removed: %1.</source>
        <translation>Regel entfernt: %1.</translation>
    </message>
    <message>
        <source>Rules removed: %1.</source>
        <translation>Regeln entfernt: %1.</translation>
    </message>
    <message>
        <source>Apply or discard the changes to the account first.</source>
        <translation>Übernehmen oder verwerfen Sie zuerst die Änderungen am Konto.</translation>
    </message>
    <message>
        <source>Two letters (ISO 3166), e.g. NZ.</source>
        <translation>Zwei Buchstaben (ISO 3166), z. B. NZ.</translation>
    </message>
    <message>
        <source>Where the tracking numbers on this account&apos;s labels come from (Settings &gt; Carriers).</source>
        <translation>Woher die Sendungsnummern auf den Etiketten dieses Kontos stammen (Einstellungen &gt; Versanddienstleister).</translation>
    </message>
    <message>
        <source>C&amp;arrier:</source>
        <translation>Versand&amp;dienstleister:</translation>
    </message>
    <message>
        <source>(unknown carrier)</source>
        <translation>(unbekannter Versanddienstleister)</translation>
    </message>
    <message>
        <source>The accounts could not be read: %1</source>
        <translation>Die Konten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The carriers could not be read: %1</source>
        <translation>Die Versanddienstleister konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading the accounts…</source>
        <translation>Konten werden gelesen…</translation>
    </message>
    <message>
        <source>Wait until the accounts have been read, then save again.</source>
        <translation>Warten Sie, bis die Konten gelesen wurden, und speichern Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>Packbench::CarriersPage</name>
    <message>
        <source>Ne&amp;w carrier</source>
        <translation>&amp;Neuer Dienstleister</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <source>e.g. DHL Express</source>
        <translation>z. B. DHL Express</translation>
    </message>
    <message>
        <source>Own sequence</source>
        <translation>Eigener Nummernkreis</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Pickup in store (built in)</source>
        <translation>Pickup in store (vordefiniert)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Own tracking numbers</source>
        <translation>Eigene Sendungsnummern</translation>
    </message>
    <message>
        <source>e.g. PB</source>
        <translation>z. B. PB</translation>
    </message>
    <message>
        <source>e.g. NZ</source>
        <translation>z. B. NZ</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>&amp;Präfix:</translation>
    </message>
    <message>
        <source>C&amp;ountry code:</source>
        <translation>&amp;Ländercode:</translation>
    </message>
    <message>
        <source>Tracking link for the customer</source>
        <translation>Tracking-Link für den Kunden</translation>
    </message>
    <message>
        <source>BigCommerce sends the link as:</source>
        <translation>BigCommerce sendet den Link als:</translation>
    </message>
    <message>
        <source>Only &amp;my tracking link</source>
        <translation>N&amp;ur mein Tracking-Link</translation>
    </message>
    <message>
        <source>The link above as it is, or no link when it is empty.</source>
        <translation>Den Link oben unverändert, oder keinen Link, wenn er leer ist.</translation>
    </message>
    <message>
        <source>Shipping pro&amp;vider:</source>
        <translation>Versandan&amp;bieter:</translation>
    </message>
    <message>
        <source>Shipping provider</source>
        <translation>Versandanbieter</translation>
    </message>
    <message>
        <source>carrier_{id}: a third-party shipping provider of the store; write its id for {id}.</source>
        <translation>carrier_{id}: ein externer Versandanbieter des Shops; setzen Sie seine ID für {id} ein.</translation>
    </message>
    <message>
        <source>BigCommerce makes the link to a provider it integrates from the number (an AfterShip link when the store has not set the provider up).</source>
        <translation>Bei einem integrierten Anbieter bildet BigCommerce den Link aus der Nummer (einen AfterShip-Link, wenn der Shop den Anbieter nicht eingerichtet hat).</translation>
    </message>
    <message>
        <source>Tracking &amp;carrier:</source>
        <translation>Tracking-&amp;Dienstleister:</translation>
    </message>
    <message>
        <source>Tracking carrier</source>
        <translation>Tracking-Dienstleister</translation>
    </message>
    <message>
        <source>e.g. dhl or nzpost</source>
        <translation>z. B. dhl oder nzpost</translation>
    </message>
    <message>
        <source>An AfterShip courier code: BigCommerce links to that courier&apos;s tracking through AfterShip.</source>
        <translation>Ein AfterShip-Kuriercode: BigCommerce verlinkt über AfterShip auf die Sendungsverfolgung dieses Kurierdienstes.</translation>
    </message>
    <message>
        <source>&amp;Tracking link:</source>
        <translation>&amp;Tracking-Link:</translation>
    </message>
    <message>
        <source>&amp;Save carrier</source>
        <translation>Dienstleister &amp;speichern</translation>
    </message>
    <message>
        <source>Discard c&amp;hanges</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Apply or OK saves it too.</source>
        <translation>„Anwenden“ oder „OK“ speichert ihn ebenfalls.</translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <source>The carriers could not be read: %1</source>
        <translation>Die Versanddienstleister konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Own sequence: %1</source>
        <translation>Eigener Nummernkreis: %1</translation>
    </message>
    <message>
        <source>Manual: the packer types or scans the number</source>
        <translation>Manuell: Der Packer gibt die Nummer ein oder scannt sie</translation>
    </message>
    <message>
        <source>The built-in own sequence stays an own sequence; add a manual carrier with New carrier.</source>
        <translation>Der vordefinierte eigene Nummernkreis bleibt ein eigener Nummernkreis; legen Sie mit „Neuer Dienstleister“ einen manuellen Versanddienstleister an.</translation>
    </message>
    <message>
        <source>With a two-letter prefix and country code, the numbers look like PB00000001 4 XX.</source>
        <translation>Mit einem Präfix und einem Ländercode aus je zwei Buchstaben sehen die Nummern so aus: PB00000001 4 XX.</translation>
    </message>
    <message>
        <source>Numbers look like %1: the prefix, a serial that counts up, a check digit and the country code (the S10 form of postal items).</source>
        <translation>Die Nummern sehen so aus: %1 – Präfix, fortlaufende Nummer, Prüfziffer und Ländercode (das S10-Format für Postsendungen).</translation>
    </message>
    <message>
        <source>Reading the carriers…</source>
        <translation>Versanddienstleister werden gelesen…</translation>
    </message>
    <message>
        <source>Select a carrier, or click New carrier.</source>
        <translation>Wählen Sie einen Versanddienstleister aus, oder klicken Sie auf „Neuer Dienstleister“.</translation>
    </message>
    <message>
        <source>The own sequence is built in and cannot be removed: labels can always be printed with it.</source>
        <translation>Der eigene Nummernkreis ist vordefiniert und kann nicht entfernt werden: Mit ihm lassen sich immer Etiketten drucken.</translation>
    </message>
    <message>
        <source>&quot;Pickup in store&quot; is built in and cannot be removed: pickup shipments use it.</source>
        <translation>„Pickup in store“ ist vordefiniert und kann nicht entfernt werden: Abholsendungen verwenden ihn.</translation>
    </message>
    <message>
        <source>The new carrier is not saved yet: Discard changes drops it.</source>
        <translation>Der neue Versanddienstleister ist noch nicht gespeichert: „Änderungen verwerfen“ verwirft ihn.</translation>
    </message>
    <message>
        <source>Save or discard the changes to the carrier first.</source>
        <translation>Speichern oder verwerfen Sie zuerst die Änderungen am Versanddienstleister.</translation>
    </message>
    <message>
        <source>Remove the carrier (not while an account prints with it).</source>
        <translation>Den Versanddienstleister entfernen (nicht möglich, solange ein Konto mit ihm druckt).</translation>
    </message>
    <message>
        <source>A&amp;dd carrier</source>
        <translation>Dienstleister &amp;hinzufügen</translation>
    </message>
    <message>
        <source>A carrier named &quot;%1&quot; already exists.</source>
        <translation>Ein Versanddienstleister namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already numbers %2…%3: two carriers with the same prefix and country code would print the same tracking numbers. Choose another prefix.</source>
        <translation>„%1“ vergibt bereits die Nummern %2…%3: Zwei Versanddienstleister mit gleichem Präfix und Ländercode würden dieselben Sendungsnummern drucken. Wählen Sie ein anderes Präfix.</translation>
    </message>
    <message>
        <source>Choose the shipping provider, or Only my tracking link.</source>
        <translation>Wählen Sie den Versandanbieter oder „Nur mein Tracking-Link“.</translation>
    </message>
    <message>
        <source>Write the third-party shipping provider&apos;s id in place of {id}, e.g. carrier_12.</source>
        <translation>Setzen Sie die ID des externen Versandanbieters anstelle von {id} ein, z. B. carrier_12.</translation>
    </message>
    <message>
        <source>Write the AfterShip courier code, e.g. dhl, or choose Only my tracking link.</source>
        <translation>Geben Sie den AfterShip-Kuriercode ein, z. B. dhl, oder wählen Sie „Nur mein Tracking-Link“.</translation>
    </message>
    <message>
        <source>Accounts choose the carrier their labels use on the Accounts page.</source>
        <translation>Auf der Seite „Konten“ wählt jedes Konto den Versanddienstleister für seine Etiketten.</translation>
    </message>
    <message>
        <source>Built in: labels can be printed with it before anything is set up. It cannot be removed.</source>
        <translation>Vordefiniert: Mit ihm lassen sich Etiketten drucken, bevor etwas eingerichtet ist. Er kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Built in: shipments the customer collects. It cannot be removed.</source>
        <translation>Vordefiniert: für Sendungen, die der Kunde abholt. Er kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Packbench numbers the parcels itself, from a counter that all stations share.</source>
        <translation>Packbench nummeriert die Pakete selbst, mit einem Zähler, den alle Packplätze gemeinsam nutzen.</translation>
    </message>
    <message>
        <source>The packer types or scans the carrier&apos;s tracking number when printing.</source>
        <translation>Der Packer gibt beim Drucken die Sendungsnummer des Versanddienstleisters ein oder scannt sie.</translation>
    </message>
    <message>
        <source>No tracking number: printing sets the order to Awaiting Pickup in BigCommerce.</source>
        <translation>Keine Sendungsnummer: Beim Drucken wird die Bestellung in BigCommerce auf „Wartet auf Abholung“ gesetzt.</translation>
    </message>
    <message>
        <source>Two letters before the number, e.g. PB.</source>
        <translation>Zwei Buchstaben vor der Nummer, z. B. PB.</translation>
    </message>
    <message>
        <source>Two letters after the number: the issuing country, e.g. NZ, or XX.</source>
        <translation>Zwei Buchstaben nach der Nummer: das ausgebende Land, z. B. NZ, oder XX.</translation>
    </message>
    <message>
        <source>Optional. {tracking} is replaced by the number; customers find the link in BigCommerce&apos;s shipping email.</source>
        <translation>Optional. {tracking} wird durch die Nummer ersetzt; Kunden finden den Link in der Versand-E-Mail von BigCommerce.</translation>
    </message>
    <message>
        <source>Built in: cannot be removed.</source>
        <translation>Vordefiniert: kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Wait until the carriers have been read, then save again.</source>
        <translation>Warten Sie, bis die Versanddienstleister gelesen sind, und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <source>Add carrier saves the form as a new carrier.</source>
        <translation>„Dienstleister hinzufügen“ speichert das Formular als neuen Versanddienstleister.</translation>
    </message>
    <message>
        <source>Carrier &quot;%1&quot; added. Accounts can print with it now (Settings &gt; Accounts).</source>
        <translation>Versanddienstleister „%1“ hinzugefügt. Konten können jetzt mit ihm drucken (Einstellungen &gt; Konten).</translation>
    </message>
    <message>
        <source>Carrier &quot;%1&quot; saved.</source>
        <translation>Versanddienstleister „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is built in and cannot be removed.</source>
        <translation>„%1“ ist vordefiniert und kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; prints its labels with &quot;%2&quot;: choose another carrier for it on the Accounts page first.</source>
        <translation>Das Konto „%1“ druckt seine Etiketten mit „%2“: Wählen Sie dafür zuerst auf der Seite „Konten“ einen anderen Versanddienstleister.</translation>
    </message>
    <message>
        <source>The accounts %1 print their labels with &quot;%2&quot;: choose another carrier for them on the Accounts page first.</source>
        <translation>Die Konten %1 drucken ihre Etiketten mit „%2“: Wählen Sie dafür zuerst auf der Seite „Konten“ einen anderen Versanddienstleister.</translation>
    </message>
    <message>
        <source>Remove carrier</source>
        <translation>Versanddienstleister entfernen</translation>
    </message>
    <message>
        <source>Remove the carrier &quot;%1&quot;?</source>
        <translation>Den Versanddienstleister „%1“ entfernen?</translation>
    </message>
    <message>
        <source>No account prints with it. Labels already printed with it keep their tracking numbers.</source>
        <translation>Kein Konto druckt mit ihm. Bereits damit gedruckte Etiketten behalten ihre Sendungsnummern.</translation>
    </message>
    <message>
        <source>&amp;Remove carrier</source>
        <translation>Versanddienstleister &amp;entfernen</translation>
    </message>
    <message>
        <source>Removing &quot;%1&quot;…</source>
        <translation>„%1“ wird entfernt…</translation>
    </message>
    <message>
        <source>Carrier &quot;%1&quot; removed.</source>
        <translation>Versanddienstleister „%1“ entfernt.</translation>
    </message>
</context>
<context>
    <name>Packbench::ConnectStorePrompt</name>
    <message>
        <source>Connect a BigCommerce store</source>
        <translation>BigCommerce-Shop verbinden</translation>
    </message>
    <message>
        <source>Packbench imports the orders that are ready to ship, shows them here for packing, prints the shipping labels and writes the tracking number back to BigCommerce as soon as a label is printed.

Connect your first store to get started. You need its API Path, Client ID and Access Token from a BigCommerce store-level API account.</source>
        <translation>Packbench importiert die versandbereiten Bestellungen, zeigt sie hier zum Packen an, druckt die Versandetiketten und schreibt die Sendungsnummer an BigCommerce zurück, sobald ein Etikett gedruckt ist.

Verbinden Sie Ihren ersten Shop, um zu beginnen. Sie brauchen dazu API Path, Client ID und Access Token eines Store-level-API-Kontos in BigCommerce.</translation>
    </message>
    <message>
        <source>Connect a BigCommerce store…</source>
        <translation>BigCommerce-Shop verbinden…</translation>
    </message>
</context>
<context>
    <name>Packbench::ConnectionTester</name>
    <message>
        <source>read the store information</source>
        <translation>Lesen der Shop-Informationen</translation>
    </message>
    <message>
        <source>Information &amp; settings: read-only</source>
        <translation>Information &amp; settings: read-only</translation>
    </message>
    <message>
        <source>read orders</source>
        <translation>Lesen der Bestellungen</translation>
    </message>
    <message>
        <source>read the order statuses</source>
        <translation>Lesen der Bestellstatus</translation>
    </message>
    <message>
        <source>Orders: modify</source>
        <translation>Orders: modify</translation>
    </message>
    <message>
        <source>Orders: read-only</source>
        <translation>Orders: read-only</translation>
    </message>
    <message>
        <source>read the storefronts (channels)</source>
        <translation>Lesen der Storefronts (Kanäle)</translation>
    </message>
    <message>
        <source>Channel settings: read-only</source>
        <translation>Channel settings: read-only</translation>
    </message>
    <message>
        <source>the store information</source>
        <translation>die Shop-Informationen</translation>
    </message>
    <message>
        <source>the order list</source>
        <translation>die Bestellliste</translation>
    </message>
    <message>
        <source>the storefront list</source>
        <translation>die Storefront-Liste</translation>
    </message>
    <message>
        <source>read stock levels</source>
        <translation>Bestände lesen</translation>
    </message>
    <message>
        <source>Store Inventory: read-only</source>
        <translation>Store Inventory: read-only</translation>
    </message>
    <message>
        <source>stock sync cannot read BigCommerce&apos;s stock levels (403 Forbidden): the API account lacks the scope &quot;Store Inventory&quot; (read-only to compare, modify to push). Orders, labels and write-backs are not affected.</source>
        <translation>Bestandsabgleich kann die Bestände von BigCommerce nicht lesen (403 Forbidden): Dem API-Konto fehlt die Berechtigung „Store Inventory“ (read-only zum Vergleichen, modify zum Übertragen). Bestellungen, Etiketten und Rückmeldungen sind nicht betroffen.</translation>
    </message>
    <message>
        <source>the stock levels</source>
        <translation>die Bestände</translation>
    </message>
</context>
<context>
    <name>Packbench::DatabasePage</name>
    <message>
        <source>This station&apos;s name, and where it keeps its orders, shipments and settings. Several packing stations can share one PostgreSQL server.</source>
        <translation>Der Name dieses Packplatzes und wo er seine Bestellungen, Sendungen und Einstellungen ablegt. Mehrere Packplätze können einen PostgreSQL-Server gemeinsam nutzen.</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Packplatz</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>Name des Packplatzes</translation>
    </message>
    <message>
        <source>Station &amp;name:</source>
        <translation>&amp;Name des Packplatzes:</translation>
    </message>
    <message>
        <source>Shown in the grid&apos;s Printed column and in each shipment&apos;s history, so everyone sees which station printed what. Empty: this computer&apos;s name (%1).</source>
        <translation>Wird in der Spalte „Gedruckt“ der Tabelle und im Verlauf jeder Sendung angezeigt, damit alle sehen, welcher Packplatz was gedruckt hat. Leer: der Name dieses Computers (%1).</translation>
    </message>
    <message>
        <source>Where this station keeps its data</source>
        <translation>Wo dieser Packplatz seine Daten ablegt</translation>
    </message>
    <message>
        <source>This &amp;computer only</source>
        <translation>Nur dieser &amp;Computer</translation>
    </message>
    <message>
        <source>&amp;Shared PostgreSQL server</source>
        <translation>&amp;Gemeinsamer PostgreSQL-Server</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>Server-Host</translation>
    </message>
    <message>
        <source>e.g. db.example.com or 192.168.1.20</source>
        <translation>z. B. db.example.com oder 192.168.1.20</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Server-Port</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Datenbankname</translation>
    </message>
    <message>
        <source>e.g. packbench</source>
        <translation>z. B. packbench</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>disable</source>
        <translation>disable</translation>
    </message>
    <message>
        <source>prefer</source>
        <translation>prefer</translation>
    </message>
    <message>
        <source>require</source>
        <translation>require</translation>
    </message>
    <message>
        <source>verify-ca</source>
        <translation>verify-ca</translation>
    </message>
    <message>
        <source>verify-full (recommended)</source>
        <translation>verify-full (empfohlen)</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>CA cert&amp;ificate:</source>
        <translation>CA-Zert&amp;ifikat:</translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Co&amp;py this station&apos;s data to the shared server…</source>
        <translation>Daten dieses Packplatzes auf den gemeinsamen Server &amp;kopieren…</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Jetzt neu starten</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>The saved database setting cannot be read: %1 Choose again above and apply.</source>
        <translation>Die gespeicherte Datenbankeinstellung kann nicht gelesen werden: %1 Wählen Sie oben erneut und klicken Sie auf „Anwenden“.</translation>
    </message>
    <message>
        <source>In the file %1. Nothing to set up; no other station sees it.</source>
        <translation>In der Datei %1. Keine Einrichtung nötig; kein anderer Packplatz sieht sie.</translation>
    </message>
    <message>
        <source>Checks that this station reaches the server, logs in and can use the database. Changes nothing there.</source>
        <translation>Prüft, ob dieser Packplatz den Server erreicht, sich anmeldet und die Datenbank verwenden kann. Ändert dort nichts.</translation>
    </message>
    <message>
        <source>This computer&apos;s own file needs no connection test.</source>
        <translation>Die eigene Datei dieses Computers braucht keinen Verbindungstest.</translation>
    </message>
    <message>
        <source>This station already keeps its data on a server: it has no file of its own to copy.</source>
        <translation>Dieser Packplatz legt seine Daten bereits auf einem Server ab: Er hat keine eigene Datei zum Kopieren.</translation>
    </message>
    <message>
        <source>For a station moving from its own file to a shared server: choose Shared PostgreSQL server and fill it in first.</source>
        <translation>Für einen Packplatz, der von seiner eigenen Datei auf einen gemeinsamen Server umzieht: Wählen Sie zuerst „Gemeinsamer PostgreSQL-Server“ und füllen Sie die Felder aus.</translation>
    </message>
    <message>
        <source>Copies everything in this station&apos;s file to the server, whose database must be empty, then compares the counts.</source>
        <translation>Kopiert alles aus der Datei dieses Packplatzes auf den Server, dessen Datenbank leer sein muss, und vergleicht dann die Anzahlen.</translation>
    </message>
    <message>
        <source>No encryption: passwords and orders cross the network readable. Only for a server on this computer or a network you trust completely.</source>
        <translation>Keine Verschlüsselung: Passwörter und Bestellungen gehen lesbar über das Netzwerk. Nur für einen Server auf diesem Computer oder in einem Netzwerk, dem Sie voll vertrauen.</translation>
    </message>
    <message>
        <source>Encrypted only when the server insists. Choose verify-full on a network.</source>
        <translation>Nur verschlüsselt, wenn der Server darauf besteht. Wählen Sie in einem Netzwerk verify-full.</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it, but the server is not checked: a machine posing as it would not be noticed.</source>
        <translation>Verschlüsselt, wenn der Server es anbietet, aber der Server wird nicht geprüft: Ein Rechner, der sich als dieser Server ausgibt, würde nicht bemerkt.</translation>
    </message>
    <message>
        <source>Always encrypted, but the server is not checked: a machine posing as it would not be noticed.</source>
        <translation>Immer verschlüsselt, aber der Server wird nicht geprüft: Ein Rechner, der sich als dieser Server ausgibt, würde nicht bemerkt.</translation>
    </message>
    <message>
        <source>Encrypted, and the server&apos;s certificate must be signed by the CA certificate below.</source>
        <translation>Verschlüsselt, und das Zertifikat des Servers muss vom unten angegebenen CA-Zertifikat signiert sein.</translation>
    </message>
    <message>
        <source>Encrypted, and the server&apos;s certificate must be signed by the CA certificate below and name the host above. Recommended on a network.</source>
        <translation>Verschlüsselt, und das Zertifikat des Servers muss vom unten angegebenen CA-Zertifikat signiert sein und den oben angegebenen Host nennen. Empfohlen in einem Netzwerk.</translation>
    </message>
    <message>
        <source>The server&apos;s name or IP address as this station reaches it; the port is usually %1.</source>
        <translation>Name oder IP-Adresse des Servers, wie dieser Packplatz ihn erreicht; der Port ist meist %1.</translation>
    </message>
    <message>
        <source>One database for all stations: Packbench creates its tables in it.</source>
        <translation>Eine Datenbank für alle Packplätze: Packbench legt darin seine Tabellen an.</translation>
    </message>
    <message>
        <source>The user Packbench logs in as; it may create tables there.</source>
        <translation>Der Benutzer, als der sich Packbench anmeldet; er muss dort Tabellen anlegen dürfen.</translation>
    </message>
    <message>
        <source>The certificate authority that signed the server&apos;s certificate: the server&apos;s administrator has it.</source>
        <translation>Die Zertifizierungsstelle, die das Zertifikat des Servers signiert hat: Der Administrator des Servers hat sie.</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keychain, never in a file. Leave it empty if the server asks for none.</source>
        <translation>Wird im Schlüsselbund dieses Computers aufbewahrt, nie in einer Datei. Lassen Sie das Feld leer, wenn der Server keines verlangt.</translation>
    </message>
    <message>
        <source>looking in the keychain…</source>
        <translation>Schlüsselbund wird durchsucht…</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Wird im Schlüsselbund dieses Computers aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>A password for this server is in this computer&apos;s keychain; type another to replace it.</source>
        <translation>Ein Passwort für diesen Server liegt im Schlüsselbund dieses Computers; geben Sie ein anderes ein, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>Derzeit verwendet: %1</translation>
    </message>
    <message>
        <source>this computer&apos;s file</source>
        <translation>die Datei dieses Computers</translation>
    </message>
    <message>
        <source>This Packbench was started with --database and uses %1: the choice above applies when it starts without it.</source>
        <translation>Dieses Packbench wurde mit --database gestartet und verwendet %1: Die Auswahl oben gilt, wenn es ohne diese Option startet.</translation>
    </message>
    <message>
        <source>Packbench uses the shared database %1 from its next start.</source>
        <translation>Packbench verwendet ab dem nächsten Start die gemeinsame Datenbank %1.</translation>
    </message>
    <message>
        <source>Packbench uses this computer&apos;s own file from its next start.</source>
        <translation>Packbench verwendet ab dem nächsten Start die eigene Datei dieses Computers.</translation>
    </message>
    <message>
        <source>This Packbench was started with --station &quot;%1&quot;: the name above applies when it starts without it.</source>
        <translation>Dieses Packbench wurde mit --station „%1“ gestartet: Der Name oben gilt, wenn es ohne diese Option startet.</translation>
    </message>
    <message>
        <source>The station name &quot;%1&quot; is used from the next start.</source>
        <translation>Der Packplatzname „%1“ wird ab dem nächsten Start verwendet.</translation>
    </message>
    <message>
        <source>Restart Packbench to switch.</source>
        <translation>Starten Sie Packbench neu, um zu wechseln.</translation>
    </message>
    <message>
        <source>Write the server&apos;s host name or IP address, e.g. db.example.com or 192.168.1.20.</source>
        <translation>Geben Sie den Hostnamen oder die IP-Adresse des Servers ein, z. B. db.example.com oder 192.168.1.20.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or IP address: write it as db.example.com or 192.168.1.20, without postgresql://, a user or a port (the port has its own field).</source>
        <translation>„%1“ ist kein Hostname und keine IP-Adresse: Schreiben Sie ihn in der Form db.example.com oder 192.168.1.20, ohne postgresql://, Benutzer oder Port (der Port hat ein eigenes Feld).</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535; PostgreSQL&apos;s usual port is %1.</source>
        <translation>Der Port ist eine Zahl von 1 bis 65535; der übliche Port von PostgreSQL ist %1.</translation>
    </message>
    <message>
        <source>Write the name of the database on the server, e.g. packbench.</source>
        <translation>Geben Sie den Namen der Datenbank auf dem Server ein, z. B. packbench.</translation>
    </message>
    <message>
        <source>Write only the database&apos;s name, without &quot;/&quot;, &quot;?&quot; or &quot;#&quot;.</source>
        <translation>Geben Sie nur den Namen der Datenbank ein, ohne „/“, „?“ oder „#“.</translation>
    </message>
    <message>
        <source>Write the user Packbench logs in as (the server&apos;s administrator gives it with the password).</source>
        <translation>Geben Sie den Benutzer ein, als der sich Packbench anmeldet (der Administrator des Servers teilt ihn zusammen mit dem Passwort mit).</translation>
    </message>
    <message>
        <source>Write only the user&apos;s name, without &quot;@&quot;, &quot;:&quot; or &quot;/&quot;.</source>
        <translation>Geben Sie nur den Namen des Benutzers ein, ohne „@“, „:“ oder „/“.</translation>
    </message>
    <message>
        <source>%1 checks the server&apos;s certificate: choose the file of the certificate authority that signed it (the server&apos;s administrator has it).</source>
        <translation>%1 prüft das Zertifikat des Servers: Wählen Sie die Datei der Zertifizierungsstelle, die es signiert hat (der Administrator des Servers hat sie).</translation>
    </message>
    <message>
        <source>Give the whole path of the CA certificate file, or choose it with Browse.</source>
        <translation>Geben Sie den vollständigen Pfad der CA-Zertifikatsdatei an, oder wählen Sie sie mit „Durchsuchen“.</translation>
    </message>
    <message>
        <source>The file %1 does not exist: choose the CA certificate file again.</source>
        <translation>Die Datei %1 existiert nicht: Wählen Sie die CA-Zertifikatsdatei erneut.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a certificate file.</source>
        <translation>%1 ist ein Ordner, keine Zertifikatsdatei.</translation>
    </message>
    <message>
        <source>Packbench may not read %1: choose a copy it can read.</source>
        <translation>Packbench darf %1 nicht lesen: Wählen Sie eine Kopie, die es lesen kann.</translation>
    </message>
    <message>
        <source>The password could not be read from the keychain: %1 Type the password instead.</source>
        <translation>Das Passwort konnte nicht aus dem Schlüsselbund gelesen werden: %1 Geben Sie das Passwort stattdessen ein.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Verbindung zu %1 wird getestet…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <source>The connection test failed.</source>
        <translation>Der Verbindungstest ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Not tested: correct the field marked in red first.</source>
        <translation>Nicht getestet: Korrigieren Sie zuerst das rot markierte Feld.</translation>
    </message>
    <message>
        <source>Not copied: correct the field marked in red first.</source>
        <translation>Nicht kopiert: Korrigieren Sie zuerst das rot markierte Feld.</translation>
    </message>
    <message>
        <source>Copy to the shared server</source>
        <translation>Auf den gemeinsamen Server kopieren</translation>
    </message>
    <message>
        <source>Copy everything this station keeps in %1 to %2?</source>
        <translation>Alles, was dieser Packplatz in %1 ablegt, nach %2 kopieren?</translation>
    </message>
    <message>
        <source>Stores, orders, shipments, labels, rules and accounts are copied in one step, then the rows of every table are counted on both sides. The database on the server must be empty. Nothing changes at this station; print nothing here until the copy is done, because what changes here afterwards stays in this computer&apos;s file.</source>
        <translation>Shops, Bestellungen, Sendungen, Etiketten, Regeln und Konten werden in einem Schritt kopiert, danach werden die Zeilen jeder Tabelle auf beiden Seiten gezählt. Die Datenbank auf dem Server muss leer sein. An diesem Packplatz ändert sich nichts; drucken Sie hier nichts, bis das Kopieren abgeschlossen ist, denn was sich hier danach ändert, bleibt in der Datei dieses Computers.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copying to %1…</source>
        <translation>Wird nach %1 kopiert…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Copying to the shared server</source>
        <translation>Kopieren auf den gemeinsamen Server</translation>
    </message>
    <message>
        <source>Cancelling: nothing is kept on the server…</source>
        <translation>Wird abgebrochen: Auf dem Server wird nichts behalten…</translation>
    </message>
    <message>
        <source>cancelled; nothing was kept on the server.</source>
        <translation>abgebrochen; auf dem Server wurde nichts behalten.</translation>
    </message>
    <message>
        <source>Copying %1: %2 of %3 rows…</source>
        <translation>%1 wird kopiert: %2 von %3 Zeilen…</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 von %3</translation>
    </message>
    <message>
        <source>Copied %1 rows to %2; every table&apos;s count matches: %3.</source>
        <translation>%1 Zeilen nach %2 kopiert; die Anzahl jeder Tabelle stimmt überein: %3.</translation>
    </message>
    <message>
        <source>Apply to switch this station to the shared server at its next start.</source>
        <translation>Klicken Sie auf „Anwenden“, um diesen Packplatz beim nächsten Start auf den gemeinsamen Server umzustellen.</translation>
    </message>
    <message>
        <source>Not copied: %1</source>
        <translation>Nicht kopiert: %1</translation>
    </message>
    <message>
        <source>Wait until the connection test or the copy has finished, then apply again.</source>
        <translation>Warten Sie, bis der Verbindungstest oder das Kopieren beendet ist, und klicken Sie dann erneut auf „Anwenden“.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Not saved: the password could not be stored in the keychain. %1</source>
        <translation>Nicht gespeichert: Das Passwort konnte nicht im Schlüsselbund gespeichert werden. %1</translation>
    </message>
    <message>
        <source>Could not write the settings file %1. Check that the disk is not full and that you may write to the profile folder.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht geschrieben werden. Prüfen Sie, ob der Datenträger voll ist und ob Sie in den Profilordner schreiben dürfen.</translation>
    </message>
    <message>
        <source>Restart Packbench</source>
        <translation>Packbench neu starten</translation>
    </message>
    <message>
        <source>Restart now?</source>
        <translation>Jetzt neu starten?</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Some settings have changes that are not applied yet. Restart anyway and lose them?</source>
        <translation>Einige Einstellungen haben Änderungen, die noch nicht angewendet wurden. Trotzdem neu starten und diese Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Packbench cannot find its own program (%1) to start it again: close it and start it yourself.</source>
        <translation>Packbench findet sein eigenes Programm (%1) nicht, um sich neu zu starten: Schließen Sie es und starten Sie es selbst.</translation>
    </message>
    <message>
        <source>Packbench did not close, so it was not restarted. Close it and start it again yourself when it is done.</source>
        <translation>Packbench wurde nicht geschlossen und daher nicht neu gestartet. Schließen Sie es und starten Sie es selbst erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>CA certificate of the server</source>
        <translation>CA-Zertifikat des Servers</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Packbench::ImportDialog</name>
    <message>
        <source>about %1 s left</source>
        <translation>noch etwa %1 s</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>noch etwa %1 min</translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation>Bestellungen importieren</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Orders changed in the last N × 24 hours: every order created in that time, and older orders that only just reached an import status.</source>
        <translation>Bestellungen, die in den letzten N × 24 Stunden geändert wurden: jede in diesem Zeitraum angelegte Bestellung sowie ältere Bestellungen, die gerade erst einen Importstatus erreicht haben.</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Shop:</translation>
    </message>
    <message>
        <source>Orders changed in the &amp;last:</source>
        <translation>Geänderte Bestellungen der &amp;letzten:</translation>
    </message>
    <message>
        <source>Order statuses to import</source>
        <translation>Zu importierende Bestellstatus</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Alle Shops</translation>
    </message>
    <message>
        <source>The stores could not be read: %1</source>
        <translation>Die Shops konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No store is connected. Connect one in Settings &gt; Integrations first.</source>
        <translation>Es ist kein Shop verbunden. Verbinden Sie zuerst einen unter Einstellungen &gt; Integrationen.</translation>
    </message>
    <message>
        <source>Choose at least one order status to import.</source>
        <translation>Wählen Sie mindestens einen Bestellstatus für den Import.</translation>
    </message>
    <message>
        <source>Another import is still running. Try again when it has finished.</source>
        <translation>Ein anderer Import läuft noch. Versuchen Sie es erneut, wenn er beendet ist.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Cancelling after the page being saved…</source>
        <translation>Wird nach dem Speichern der aktuellen Seite abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop after the page being saved; what was imported stays.</source>
        <translation>Nach dem Speichern der aktuellen Seite anhalten; bereits Importiertes bleibt erhalten.</translation>
    </message>
    <message>
        <source>%1 orders, %2 requests</source>
        <translation>%1 Bestellungen, %2 Anfragen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>orders and requests, time left</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>store: progress</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>skip reason (number of orders)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 skipped orders.</source>
        <translation>Bestellungen: %1 neu, %2 aktualisiert, %3 unverändert, %4 übersprungen.</translation>
    </message>
    <message>
        <source>%1 new shipments; %2 requests in %3 s.</source>
        <translation>%1 neue Sendungen; %2 Anfragen in %3 s.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The import stopped.</source>
        <translation>Der Import wurde vorzeitig beendet.</translation>
    </message>
    <message>
        <source>%1: done, %2 new, %3 updated, %4 unchanged, %5 skipped.</source>
        <comment>store: counts of orders</comment>
        <translation>%1: fertig, %2 neu, %3 aktualisiert, %4 unverändert, %5 übersprungen.</translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <comment>store</comment>
        <translation>%1: abgebrochen.</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <comment>store: reason</comment>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>BigCommerce status %1: %2</source>
        <translation>BigCommerce-Status %1: %2</translation>
    </message>
    <message>
        <source>BigCommerce status %1</source>
        <translation>BigCommerce-Status %1</translation>
    </message>
    <message>
        <source>Reading the connected stores…</source>
        <translation>Verbundene Shops werden gelesen…</translation>
    </message>
</context>
<context>
    <name>Packbench::ImportJob</name>
    <message>
        <source>Cancelled. Everything imported before stays; import again to continue.</source>
        <translation>Abgebrochen. Alles bisher Importierte bleibt erhalten; importieren Sie erneut, um fortzufahren.</translation>
    </message>
    <message>
        <source>Orders: read-only</source>
        <translation>Orders: read-only</translation>
    </message>
    <message>
        <source>Orders: modify</source>
        <translation>Orders: modify</translation>
    </message>
    <message>
        <source>read the storefronts</source>
        <translation>Lesen der Storefronts</translation>
    </message>
    <message>
        <source>read orders</source>
        <translation>Lesen der Bestellungen</translation>
    </message>
    <message>
        <source>the order list</source>
        <translation>die Bestellliste</translation>
    </message>
    <message>
        <source>BigCommerce sent this order in a form Packbench cannot read (%1); it was skipped and everything else imported.</source>
        <translation>BigCommerce hat diese Bestellung in einer Form gesendet, die Packbench nicht lesen kann (%1); sie wurde übersprungen und alles andere importiert.</translation>
    </message>
    <message>
        <source>digital only: nothing to ship</source>
        <translation>nur digital: nichts zu versenden</translation>
    </message>
    <message>
        <source>no shipping address or pickup: nothing to ship</source>
        <translation>keine Lieferadresse oder Abholung: nichts zu versenden</translation>
    </message>
    <message>
        <source>BigCommerce returned the same orders again (paging made no progress after order #%1). Nothing more was imported from this store. Try again later.</source>
        <translation>BigCommerce hat dieselben Bestellungen erneut zurückgegeben (das Blättern kam nach Bestellung #%1 nicht weiter). Aus diesem Shop wurde nichts weiter importiert. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>its line items could not be read (%1); import again later</source>
        <translation>ihre Positionen konnten nicht gelesen werden (%1); importieren Sie später erneut</translation>
    </message>
    <message>
        <source>read an order&apos;s items</source>
        <translation>Lesen der Artikel einer Bestellung</translation>
    </message>
    <message>
        <source>The imported orders could not be saved: %1</source>
        <translation>Die importierten Bestellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The storefront names could not be saved: %1</source>
        <translation>Die Namen der Storefronts konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>status %1 changed since %2</source>
        <translation>Status %1, geändert seit %2</translation>
    </message>
    <message>
        <source>orders changed since %1</source>
        <translation>Bestellungen, geändert seit %1</translation>
    </message>
    <message>
        <source>BigCommerce returned order #%1 (status %2, changed %3) for a request that asked only for %4, from order #%5 on: it ignored a filter. Nothing more was imported from this store, so no wrong orders were imported. Check the API Path, then import again.</source>
        <translation>BigCommerce hat Bestellung #%1 (Status %2, geändert %3) auf eine Anfrage geliefert, die nur nach %4 ab Bestellung #%5 fragte: Ein Filter wurde ignoriert. Aus diesem Shop wurde nichts weiter importiert, also auch keine falschen Bestellungen. Prüfen Sie den API Path und importieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>The imported orders could not be read: %1</source>
        <translation>Die importierten Bestellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>its shipping addresses could not be read (%1); import again later</source>
        <translation>ihre Lieferadressen konnten nicht gelesen werden (%1); später erneut importieren</translation>
    </message>
    <message>
        <source>read an order&apos;s consignments</source>
        <translation>die Lieferungen einer Bestellung lesen</translation>
    </message>
    <message>
        <source>BigCommerce no longer has this order</source>
        <translation>BigCommerce hat diese Bestellung nicht mehr</translation>
    </message>
    <message>
        <source>read order #%1</source>
        <translation>Bestellung #%1 lesen</translation>
    </message>
    <message>
        <source>The import&apos;s progress could not be saved: %1</source>
        <translation>Der Fortschritt des Imports konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Packbench::ImportRunner</name>
    <message>
        <source>No store is connected. Connect one in Settings &gt; Integrations.</source>
        <translation>Es ist kein Shop verbunden. Verbinden Sie einen unter Einstellungen &gt; Integrationen.</translation>
    </message>
    <message>
        <source>Cancelled before anything was imported.</source>
        <translation>Abgebrochen, bevor etwas importiert wurde.</translation>
    </message>
</context>
<context>
    <name>Packbench::IntegrationsPage</name>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>&amp;Add store</source>
        <translation>Shop &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>No BigCommerce store is connected yet. Click Add store, then copy the API Path, Client ID and Access Token of a store-level API account (BigCommerce: Settings &gt; Store-level API accounts) into the form.</source>
        <translation>Noch ist kein BigCommerce-Shop verbunden. Klicken Sie auf „Shop hinzufügen“ und kopieren Sie dann API Path, Client ID und Access Token eines Store-level-API-Kontos (BigCommerce: Settings &gt; Store-level API accounts) in das Formular.</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Saved. Use Test connection to check it.</source>
        <translation>Gespeichert. Prüfen Sie die Verbindung mit „Verbindung testen“.</translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) of &quot;%1&quot; still wait to be shipped.</source>
        <translation>
            <numerusform>%n Sendung von „%1“ wartet noch auf den Versand.</numerusform>
            <numerusform>%n Sendungen von „%1“ warten noch auf den Versand.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove store</source>
        <translation>Shop entfernen</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Remove the store &quot;%1&quot; from Packbench? Its imported orders and shipments are deleted with it, and its token is deleted from this station&apos;s keychain.</source>
        <translation>Den Shop „%1“ aus Packbench entfernen? Seine importierten Bestellungen und Sendungen werden mit ihm gelöscht, und sein Token wird aus dem Schlüsselbund dieses Packplatzes gelöscht.</translation>
    </message>
    <message>
        <source>The last connection test failed: %1</source>
        <translation>Der letzte Verbindungstest ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The last import failed: %1</source>
        <translation>Der letzte Import ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Connection test failed</source>
        <translation>Verbindungstest fehlgeschlagen</translation>
    </message>
    <message>
        <source>The last Test connection with this API Path and token failed:</source>
        <translation>Der letzte Verbindungstest mit diesem API Path und Token ist fehlgeschlagen:</translation>
    </message>
    <message>
        <source>Save the store and keep this token anyway? Imports will fail until the problem is fixed.</source>
        <translation>Shop trotzdem speichern und dieses Token behalten? Importe schlagen fehl, bis das Problem behoben ist.</translation>
    </message>
    <message>
        <source>&amp;Keep and save</source>
        <translation>&amp;Behalten und speichern</translation>
    </message>
    <message>
        <source>Not saved: the connection test failed. Correct the API Path or the token, or Apply again and keep the token anyway.</source>
        <translation>Nicht gespeichert: Der Verbindungstest ist fehlgeschlagen. Korrigieren Sie den API Path oder das Token, oder klicken Sie erneut auf Anwenden und behalten Sie das Token trotzdem.</translation>
    </message>
    <message>
        <source>Saved. %1</source>
        <translation>Gespeichert. %1</translation>
    </message>
    <message>
        <source>Enter the access token of this store to test the connection.</source>
        <translation>Geben Sie das Access Token dieses Shops ein, um die Verbindung zu testen.</translation>
    </message>
    <message>
        <source>The stores could not be read: %1</source>
        <translation>Die Shops konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading the connected stores…</source>
        <translation>Verbundene Shops werden gelesen…</translation>
    </message>
    <message>
        <source>Saved, but the stores could not be read again: %1</source>
        <translation>Gespeichert, aber die Shops konnten nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <source>The store was removed, but the stores could not be read again: %1</source>
        <translation>Der Shop wurde entfernt, aber die Shops konnten nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <source>The store&apos;s shipments could not be counted: %1</source>
        <translation>Die Sendungen des Shops konnten nicht gezählt werden: %1</translation>
    </message>
</context>
<context>
    <name>Packbench::LabelOutput</name>
    <message>
        <source>the default printer</source>
        <translation>den Standarddrucker</translation>
    </message>
    <message>
        <source>the printer %1</source>
        <translation>den Drucker %1</translation>
    </message>
    <message>
        <source>the folder %1</source>
        <translation>den Ordner %1</translation>
    </message>
    <message>
        <source>the label printer %1</source>
        <translation>den Etikettendrucker %1</translation>
    </message>
    <message>
        <source>labels have nowhere to go (&quot;%1&quot;): choose a printer or a folder in Settings &gt; Printing</source>
        <translation>für die Etiketten ist kein Ziel festgelegt („%1“): Wählen Sie unter Einstellungen &gt; Drucken einen Drucker oder Ordner</translation>
    </message>
    <message>
        <source>no printer is set up on this computer; choose where labels go in Settings &gt; Printing</source>
        <translation>auf diesem Computer ist kein Drucker eingerichtet; legen Sie unter Einstellungen &gt; Drucken fest, wohin die Etiketten gehen</translation>
    </message>
    <message>
        <source>the printer %1 is not available here; check that it is on and connected, or choose another in Settings &gt; Printing</source>
        <translation>der Drucker %1 ist hier nicht verfügbar; prüfen Sie, ob er eingeschaltet und angeschlossen ist, oder wählen Sie unter Einstellungen &gt; Drucken einen anderen</translation>
    </message>
    <message>
        <source>Packbench labels</source>
        <translation>Packbench-Etiketten</translation>
    </message>
    <message>
        <source>Label preview</source>
        <translation>Etikettenvorschau</translation>
    </message>
    <message>
        <source>the preview was closed without printing</source>
        <translation>die Vorschau wurde ohne Drucken geschlossen</translation>
    </message>
    <message>
        <source>the printer %1 reported an error</source>
        <translation>der Drucker %1 hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>the printer %1 could not start the job</source>
        <translation>der Drucker %1 konnte den Auftrag nicht starten</translation>
    </message>
    <message>
        <source>no folder is set for the PDF labels; choose one in Settings &gt; Printing</source>
        <translation>für die PDF-Etiketten ist kein Ordner festgelegt; wählen Sie einen unter Einstellungen &gt; Drucken</translation>
    </message>
    <message>
        <source>the folder %1 could not be created</source>
        <translation>der Ordner %1 konnte nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>Packbench::LanguagePage</name>
    <message>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>Packbench uses the new language the next time it starts.</source>
        <translation>Packbench verwendet die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Could not write the settings file %1. Check that the disk is not full and that you may write to the profile folder.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht geschrieben werden. Prüfen Sie, ob der Datenträger voll ist und ob Sie in den Profilordner schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>Packbench::MainWindow</name>
    <message>
        <source>Packbench</source>
        <translation>Packbench</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Integrations…</source>
        <translation>&amp;Integrationen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Packbench</source>
        <translation>&amp;Über Packbench</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>No store connected</source>
        <translation>Kein Shop verbunden</translation>
    </message>
    <message>
        <source>Station: %1</source>
        <translation>Packplatz: %1</translation>
    </message>
    <message>
        <source>About Packbench</source>
        <translation>Über Packbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Packbench %1&lt;/h3&gt;&lt;p&gt;A shipping console for BigCommerce stores: import the orders that are ready to ship, print labels and write the tracking back.&lt;/p&gt;&lt;p&gt;Profile: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Packbench %1&lt;/h3&gt;&lt;p&gt;Eine Versandkonsole für BigCommerce-Shops: versandbereite Bestellungen importieren, Etiketten drucken und die Sendungsverfolgung zurückschreiben.&lt;/p&gt;&lt;p&gt;Profil: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Database problem: %1</source>
        <translation>Datenbankproblem: %1</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Verbunden: %1</translation>
    </message>
    <message>
        <source>S&amp;hipments</source>
        <translation>&amp;Sendungen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import the orders that are ready to ship (Ctrl+I)</source>
        <translation>Versandbereite Bestellungen importieren (Strg+I)</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Last sync %1 (%2)</source>
        <translation>Letzter Abgleich %1 (%2)</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>Abgleich mit %1…</translation>
    </message>
    <message>
        <source>Import cancelled (%1)</source>
        <translation>Import abgebrochen (%1)</translation>
    </message>
    <message>
        <source>Sync failed (%1): %2</source>
        <translation>Abgleich fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>&amp;Why is an order not here?…</source>
        <translation>&amp;Warum fehlt eine Bestellung?…</translation>
    </message>
    <message>
        <source>Why is an order not here?</source>
        <translation>Warum fehlt eine Bestellung?</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Shop:</translation>
    </message>
    <message>
        <source>BigCommerce order number:</source>
        <translation>BigCommerce-Bestellnummer:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an order number. Type the number shown in BigCommerce, e.g. 1042.</source>
        <translation>„%1“ ist keine Bestellnummer. Geben Sie die Nummer ein, die BigCommerce anzeigt, z. B. 1042.</translation>
    </message>
    <message>
        <source>Looking up order #%1 in %2…</source>
        <translation>Bestellung #%1 wird in %2 nachgeschlagen…</translation>
    </message>
    <message>
        <source>Order #%1</source>
        <translation>Bestellung #%1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1; synced %2 (%3)</source>
        <comment>failure; time (stores)</comment>
        <translation>%1; synchronisiert %2 (%3)</translation>
    </message>
    <message>
        <source>A store must be connected first: Packbench looks the order up in the store it comes from.</source>
        <translation>Zuerst muss ein Shop verbunden sein: Packbench sucht die Bestellung in dem Shop, aus dem sie stammt.</translation>
    </message>
    <message>
        <source>Connect your BigCommerce store in Settings &gt; Integrations.</source>
        <translation>Verbinden Sie Ihren BigCommerce-Shop unter Einstellungen &gt; Integrationen.</translation>
    </message>
    <message>
        <source>Connect a store…</source>
        <translation>Shop verbinden…</translation>
    </message>
    <message>
        <source>Import still running</source>
        <translation>Import läuft noch</translation>
    </message>
    <message>
        <source>An import of %1 is still running.</source>
        <translation>Ein Import von %1 läuft noch.</translation>
    </message>
    <message>
        <source>Cancel it and close Packbench? What has been imported so far stays; the next import fetches the rest.</source>
        <translation>Import abbrechen und Packbench schließen? Was bisher importiert wurde, bleibt erhalten; der nächste Import holt den Rest.</translation>
    </message>
    <message>
        <source>Cancel import and close</source>
        <translation>Import abbrechen und schließen</translation>
    </message>
    <message>
        <source>Keep Packbench open</source>
        <translation>Packbench geöffnet lassen</translation>
    </message>
    <message>
        <source>Cancelling the import; Packbench closes when it has stopped…</source>
        <translation>Import wird abgebrochen; Packbench schließt, sobald er angehalten hat…</translation>
    </message>
    <message>
        <source>%1 of %2 selected</source>
        <translation>%1 von %2 ausgewählt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Write-backs</source>
        <translation>&amp;Rückmeldungen</translation>
    </message>
    <message>
        <source>The write-backs not sent yet, with Retry and Dismiss for failed ones (Ctrl+Shift+B)</source>
        <translation>Die noch nicht gesendeten Rückmeldungen, mit „Wiederholen“ und „Verwerfen“ für fehlgeschlagene (Strg+Umschalt+B)</translation>
    </message>
    <message>
        <source>Open the Write-backs panel to Retry or Dismiss them</source>
        <translation>Den Bereich „Rückmeldungen“ öffnen, um sie zu wiederholen oder zu verwerfen</translation>
    </message>
    <message>
        <source>Write-back: %1</source>
        <translation>Rückmeldung: %1</translation>
    </message>
    <message>
        <source>Write-backs pending: %1</source>
        <translation>Ausstehende Rückmeldungen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n waiting for dispatch</source>
        <translation>
            <numerusform>%1 · %n wartet auf Versand</numerusform>
            <numerusform>%1 · %n warten auf Versand</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued %1, sending %2, retrying %3, sent %4</source>
        <translation>In Warteschlange: %1, beim Senden: %2, neuer Versuch: %3, gesendet: %4</translation>
    </message>
    <message>
        <source>Not written back from this station (no token here): %1</source>
        <translation>Von diesem Packplatz nicht zurückgemeldet (hier kein Token): %1</translation>
    </message>
    <message>
        <source>Click to show or hide the Write-backs panel (Ctrl+Shift+B).</source>
        <translation>Klicken, um den Bereich „Rückmeldungen“ ein- oder auszublenden (Strg+Umschalt+B).</translation>
    </message>
    <message>
        <source>%1 failed, %2 held</source>
        <translation>%1 fehlgeschlagen, %2 angehalten</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held</source>
        <translation>
            <numerusform>%n angehalten</numerusform>
            <numerusform>%n angehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is back; everything carries on.</source>
        <translation>Die Datenbank ist wieder erreichbar; alles läuft weiter.</translation>
    </message>
    <message>
        <source>Database unreachable since %1, reconnecting…</source>
        <extracomment>%1 is a time such as 14:05.</extracomment>
        <translation>Datenbank seit %1 nicht erreichbar, Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>%1

%2
Nothing is lost: printing and write-backs wait until the database answers again, and what other stations did meanwhile appears then.</source>
        <translation>%1

%2
Nichts geht verloren: Drucken und Rückmeldungen warten, bis die Datenbank wieder antwortet, und was andere Packplätze in der Zwischenzeit getan haben, erscheint dann.</translation>
    </message>
    <message>
        <source>The connected stores could not be read: %1
Try again in a moment.</source>
        <translation>Die verbundenen Shops konnten nicht gelesen werden: %1
Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The store of order #%1 is no longer connected; it may have been removed at another station.</source>
        <translation>Der Shop von Bestellung #%1 ist nicht mehr verbunden; er wurde möglicherweise an einem anderen Packplatz entfernt.</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>Der Shop konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The shipments to pack and print (Alt+1)</source>
        <translation>Die Sendungen zum Packen und Drucken (Alt+1)</translation>
    </message>
    <message>
        <source>S&amp;tock</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>The warehouse&apos;s stock per SKU beside BigCommerce&apos;s: import a stock file, count, push (Alt+2)</source>
        <translation>Der Bestand des Lagers je SKU neben dem von BigCommerce: Bestandsdatei importieren, zählen, übertragen (Alt+2)</translation>
    </message>
    <message>
        <source>Finishing the prints and stock work under way; Packbench closes when they are done…</source>
        <translation>Die laufenden Drucke und die Bestandsarbeit werden abgeschlossen; Packbench schließt sich danach…</translation>
    </message>
</context>
<context>
    <name>Packbench::PrintController</name>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>orders</comment>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>pickup in store, no tracking number</source>
        <translation>Abholung im Laden, keine Sendungsnummer</translation>
    </message>
    <message>
        <source>not written back</source>
        <translation>nicht zurückgemeldet</translation>
    </message>
    <message>
        <source>not written back: %1</source>
        <translation>nicht zurückgemeldet: %1</translation>
    </message>
    <message>
        <source>Awaiting Pickup is written back at dispatch</source>
        <translation>„Wartet auf Abholung“ wird beim Versand zurückgemeldet</translation>
    </message>
    <message>
        <source>write-back queued (Awaiting Pickup)</source>
        <translation>Rückmeldung eingereiht („Wartet auf Abholung“)</translation>
    </message>
    <message>
        <source>write-back waits for dispatch</source>
        <translation>Rückmeldung wartet auf Versand</translation>
    </message>
    <message>
        <source>write-back queued</source>
        <translation>Rückmeldung eingereiht</translation>
    </message>
    <message>
        <source>1 write-back queued</source>
        <translation>1 Rückmeldung eingereiht</translation>
    </message>
    <message numerus="yes">
        <source>%n write-backs queued</source>
        <translation>
            <numerusform>%n Rückmeldung eingereiht</numerusform>
            <numerusform>%n Rückmeldungen eingereiht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for dispatch</source>
        <translation>
            <numerusform>%n wartet auf Versand</numerusform>
            <numerusform>%n warten auf Versand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not written back</source>
        <translation>
            <numerusform>%n nicht zurückgemeldet</numerusform>
            <numerusform>%n nicht zurückgemeldet</numerusform>
        </translation>
    </message>
    <message>
        <source>Order #%1: %2</source>
        <comment>order: problem</comment>
        <translation>Bestellung #%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the shipments to print first.</source>
        <translation>Wählen Sie zuerst die zu druckenden Sendungen aus.</translation>
    </message>
    <message>
        <source>Select the shipments to print again first.</source>
        <translation>Wählen Sie zuerst die erneut zu druckenden Sendungen aus.</translation>
    </message>
    <message numerus="yes">
        <source>Printing %n labels…</source>
        <translation>
            <numerusform>%n Etikett wird gedruckt…</numerusform>
            <numerusform>%n Etiketten werden gedruckt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printing %n labels again…</source>
        <translation>
            <numerusform>%n Etikett wird erneut gedruckt…</numerusform>
            <numerusform>%n Etiketten werden erneut gedruckt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reprinted #%1: %2 — nothing is written back again</source>
        <translation>#%1 nachgedruckt: %2 — es wird nichts erneut zurückgemeldet</translation>
    </message>
    <message>
        <source>Printed #%1: %2 — %3</source>
        <comment>order: tracking — write-back</comment>
        <translation>#%1 gedruckt: %2 — %3</translation>
    </message>
    <message>
        <source>%1 (sent to %2)</source>
        <comment>message (where the label went)</comment>
        <translation>%1 (gesendet an %2)</translation>
    </message>
    <message>
        <source>%1 (saved as %2)</source>
        <comment>message (file)</comment>
        <translation>%1 (gespeichert als %2)</translation>
    </message>
    <message numerus="yes">
        <source>Reprinted %n shipments: %1 — nothing is written back again</source>
        <translation>
            <numerusform>%n Sendung nachgedruckt: %1 — es wird nichts erneut zurückgemeldet</numerusform>
            <numerusform>%n Sendungen nachgedruckt: %1 — es wird nichts erneut zurückgemeldet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed %n shipments: %1 — %2</source>
        <translation>
            <numerusform>%n Sendung gedruckt: %1 — %2</numerusform>
            <numerusform>%n Sendungen gedruckt: %1 — %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (sent to %2)</source>
        <comment>message (where the labels went)</comment>
        <translation>%1 (gesendet an %2)</translation>
    </message>
    <message>
        <source>the label did not reach the printer: %1. Use Reprint.</source>
        <translation>das Etikett hat den Drucker nicht erreicht: %1. Verwenden Sie „Nachdrucken“.</translation>
    </message>
    <message>
        <source>the labels of %1 did not reach the printer: %2. Use Reprint.</source>
        <translation>die Etiketten von %1 haben den Drucker nicht erreicht: %2. Verwenden Sie „Nachdrucken“.</translation>
    </message>
    <message>
        <source>The label of #%1 did not reach the printer: %2. Try Reprint again.</source>
        <translation>Das Etikett von #%1 hat den Drucker nicht erreicht: %2. Versuchen Sie es erneut mit „Nachdrucken“.</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>printed; failure</comment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>Select the printed shipments to void first.</source>
        <translation>Wählen Sie zuerst die gedruckten Sendungen aus, die storniert werden sollen.</translation>
    </message>
    <message>
        <source>Nothing was voided: %1</source>
        <translation>Es wurde nichts storniert: %1</translation>
    </message>
    <message>
        <source>Void the label</source>
        <translation>Etikett stornieren</translation>
    </message>
    <message numerus="yes">
        <source>Void %n labels</source>
        <translation>
            <numerusform>%n Etikett stornieren</numerusform>
            <numerusform>%n Etiketten stornieren</numerusform>
        </translation>
    </message>
    <message>
        <source>BigCommerce already has the shipment of %1: voiding deletes it there and puts the order back to the status it had before. Void?</source>
        <translation>BigCommerce hat die Sendung von %1 bereits: Beim Stornieren wird sie dort gelöscht und die Bestellung auf ihren vorherigen Status zurückgesetzt. Stornieren?</translation>
    </message>
    <message>
        <source>The customer was already emailed the tracking number.</source>
        <translation>Der Kunde hat die Sendungsnummer bereits per E-Mail erhalten.</translation>
    </message>
    <message>
        <source>Void and delete in BigCommerce</source>
        <translation>Stornieren und in BigCommerce löschen</translation>
    </message>
    <message>
        <source>Keep the label</source>
        <translation>Etikett behalten</translation>
    </message>
    <message>
        <source>Nothing was voided.</source>
        <translation>Es wurde nichts storniert.</translation>
    </message>
    <message>
        <source>Voided #%1: to ship again. %2</source>
        <translation>#%1 storniert: wieder zu versenden. %2</translation>
    </message>
    <message numerus="yes">
        <source>Voided %n labels: %1 are to ship again.</source>
        <translation>
            <numerusform>%n Etikett storniert: %1 ist wieder zu versenden.</numerusform>
            <numerusform>%n Etiketten storniert: %1 sind wieder zu versenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was marked dispatched: %1</source>
        <translation>Es wurde nichts als versandt markiert: %1</translation>
    </message>
    <message>
        <source>Nothing waits for dispatch.</source>
        <translation>Nichts wartet auf Versand.</translation>
    </message>
    <message>
        <source>Marked dispatched: 1 write-back queued; BigCommerce emails the customer the tracking.</source>
        <translation>Als versandt markiert: 1 Rückmeldung eingereiht; BigCommerce schickt dem Kunden die Sendungsverfolgung per E-Mail.</translation>
    </message>
    <message numerus="yes">
        <source>Marked dispatched: %n write-backs queued; BigCommerce emails the customers their tracking.</source>
        <translation>
            <numerusform>Als versandt markiert: %n Rückmeldung eingereiht; BigCommerce schickt dem Kunden die Sendungsverfolgung per E-Mail.</numerusform>
            <numerusform>Als versandt markiert: %n Rückmeldungen eingereiht; BigCommerce schickt den Kunden die Sendungsverfolgung per E-Mail.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the shipment to print first.</source>
        <translation>Wählen Sie zuerst die Sendung aus, die gedruckt werden soll.</translation>
    </message>
    <message>
        <source>The shipment is no longer there.</source>
        <translation>Die Sendung ist nicht mehr vorhanden.</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Not printed: %1: %2</source>
        <comment>orders: problem</comment>
        <translation>Nicht gedruckt: %1: %2</translation>
    </message>
    <message>
        <source>Not printed: %1.</source>
        <translation>Nicht gedruckt: %1.</translation>
    </message>
    <message>
        <source>The label has no sender address: add it to the account in Settings &gt; Accounts.</source>
        <translation>Das Etikett hat keine Absenderadresse: Tragen Sie sie beim Konto unter Einstellungen &gt; Konten ein.</translation>
    </message>
</context>
<context>
    <name>Packbench::PrintOptionsDialog</name>
    <message>
        <source>Print order #%1 with options</source>
        <translation>Bestellung #%1 mit Optionen drucken</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>&amp;Versanddienstleister:</translation>
    </message>
    <message>
        <source>Type or scan the carrier&apos;s tracking number</source>
        <translation>Sendungsnummer des Versanddienstleisters eingeben oder scannen</translation>
    </message>
    <message>
        <source>&amp;Tracking number:</source>
        <translation>&amp;Sendungsnummer:</translation>
    </message>
    <message>
        <source>One label per parcel: 1/2, 2/2, ...</source>
        <translation>Ein Etikett pro Paket: 1/2, 2/2, …</translation>
    </message>
    <message>
        <source>&amp;Parcels:</source>
        <translation>&amp;Pakete:</translation>
    </message>
    <message>
        <source>Ship now</source>
        <translation>Jetzt versenden</translation>
    </message>
    <message>
        <source>Left to ship</source>
        <translation>Noch zu versenden</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Fewer than all items or units ships part of the shipment now: the rest stays to ship as the same shipment.</source>
        <translation>Weniger als alle Artikel oder Stückzahlen versendet jetzt einen Teil der Sendung: Der Rest bleibt als dieselbe Sendung zu versenden.</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Drucken</translation>
    </message>
    <message>
        <source>No carrier fits this shipment: add one in Settings &gt; Carriers.</source>
        <translation>Kein Versanddienstleister passt zu dieser Sendung: Legen Sie einen unter Einstellungen &gt; Versanddienstleister an.</translation>
    </message>
    <message>
        <source>Choose at least one item to ship.</source>
        <translation>Wählen Sie mindestens einen Artikel zum Versenden.</translation>
    </message>
</context>
<context>
    <name>Packbench::PrintingPage</name>
    <message>
        <source>Where this station prints its labels. Every station keeps its own choice.</source>
        <translation>Wohin dieser Packplatz seine Etiketten druckt. Jeder Packplatz hat seine eigene Einstellung.</translation>
    </message>
    <message>
        <source>Labels go to</source>
        <translation>Ausgabe der Etiketten</translation>
    </message>
    <message>
        <source>System &amp;printer:</source>
        <translation>&amp;Systemdrucker:</translation>
    </message>
    <message>
        <source>System printer</source>
        <translation>Systemdrucker</translation>
    </message>
    <message>
        <source>Thermal printer (ZPL) on the &amp;network:</source>
        <translation>Thermodrucker (ZPL) im &amp;Netzwerk:</translation>
    </message>
    <message>
        <source>Printer host</source>
        <translation>Drucker-Host</translation>
    </message>
    <message>
        <source>host name or IP address, e.g. 192.168.1.50</source>
        <translation>Hostname oder IP-Adresse, z. B. 192.168.1.50</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Thermal printer (ZPL) through C&amp;UPS:</source>
        <translation>Thermodrucker (ZPL) über C&amp;UPS:</translation>
    </message>
    <message>
        <source>CUPS queue</source>
        <translation>CUPS-Warteschlange</translation>
    </message>
    <message>
        <source>queue name, e.g. Zebra_ZD421</source>
        <translation>Name der Warteschlange, z. B. Zebra_ZD421</translation>
    </message>
    <message>
        <source>PDF &amp;files in a folder:</source>
        <translation>PDF-&amp;Dateien in einem Ordner:</translation>
    </message>
    <message>
        <source>PDF folder</source>
        <translation>PDF-Ordner</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiketten</translation>
    </message>
    <message>
        <source>4 × 6 in (101.6 × 152.4 mm)</source>
        <translation>4 × 6 Zoll (101,6 × 152,4 mm)</translation>
    </message>
    <message>
        <source>A6 (105 × 148 mm)</source>
        <translation>A6 (105 × 148 mm)</translation>
    </message>
    <message>
        <source>203 dpi (8 dots/mm)</source>
        <translation>203 dpi (8 Punkte/mm)</translation>
    </message>
    <message>
        <source>300 dpi (12 dots/mm)</source>
        <translation>300 dpi (12 Punkte/mm)</translation>
    </message>
    <message>
        <source>Print a pac&amp;king slip after the labels (with the customs data abroad)</source>
        <translation>Nach den Etiketten einen &amp;Lieferschein drucken (bei Auslandssendungen mit Zolldaten)</translation>
    </message>
    <message>
        <source>Show a pre&amp;view before printing</source>
        <translation>&amp;Vorschau vor dem Drucken anzeigen</translation>
    </message>
    <message>
        <source>Label &amp;size:</source>
        <translation>Etiketten&amp;größe:</translation>
    </message>
    <message>
        <source>ZPL &amp;resolution:</source>
        <translation>ZPL-&amp;Auflösung:</translation>
    </message>
    <message>
        <source>Print &amp;test label</source>
        <translation>&amp;Testetikett drucken</translation>
    </message>
    <message>
        <source>Prints a sample label to the output chosen above, saved or not.</source>
        <translation>Druckt ein Musteretikett auf der oben gewählten Ausgabe, ob gespeichert oder nicht.</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>The default printer (none is set up)</source>
        <translation>Der Standarddrucker (keiner eingerichtet)</translation>
    </message>
    <message>
        <source>The default printer (now %1)</source>
        <translation>Der Standarddrucker (derzeit %1)</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>%1 (not on this computer)</source>
        <translation>%1 (nicht auf diesem Computer)</translation>
    </message>
    <message>
        <source>The thermal printer&apos;s own resolution: see its model plate or settings.</source>
        <translation>Die Auflösung des Thermodruckers: siehe Typenschild oder Druckereinstellungen.</translation>
    </message>
    <message>
        <source>Thermal printers (ZPL) only.</source>
        <translation>Nur für Thermodrucker (ZPL).</translation>
    </message>
    <message>
        <source>The preview is for system printers: a thermal printer or a PDF folder gets the labels straight away.</source>
        <translation>Die Vorschau gibt es nur für Systemdrucker: Ein Thermodrucker oder ein PDF-Ordner erhält die Etiketten sofort.</translation>
    </message>
    <message>
        <source>No printer is set up on this computer: add one in the system&apos;s printer settings, or choose another output.</source>
        <translation>Auf diesem Computer ist kein Drucker eingerichtet: Fügen Sie in den Druckereinstellungen des Systems einen hinzu, oder wählen Sie eine andere Ausgabe.</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; is not set up on this computer.</source>
        <translation>Der Drucker „%1“ ist auf diesem Computer nicht eingerichtet.</translation>
    </message>
    <message>
        <source>Through the printer&apos;s driver, like any document.</source>
        <translation>Über den Druckertreiber, wie jedes andere Dokument.</translation>
    </message>
    <message>
        <source>The printer&apos;s raw port takes the labels as ZPL; most thermal printers listen on port %1.</source>
        <translation>Der Raw-Port des Druckers nimmt die Etiketten als ZPL an; die meisten Thermodrucker lauschen auf Port %1.</translation>
    </message>
    <message>
        <source>A CUPS queue set up as raw: the labels go to it as ZPL through lp.</source>
        <translation>Eine als raw eingerichtete CUPS-Warteschlange: Die Etiketten gehen über lp als ZPL an sie.</translation>
    </message>
    <message>
        <source>One PDF file per print job, to print later or hand to another program.</source>
        <translation>Eine PDF-Datei pro Druckauftrag, zum späteren Drucken oder zur Übergabe an ein anderes Programm.</translation>
    </message>
    <message>
        <source>Write the printer&apos;s host name or IP address, e.g. 192.168.1.50.</source>
        <translation>Geben Sie den Hostnamen oder die IP-Adresse des Druckers ein, z. B. 192.168.1.50.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or IP address: write it as 192.168.1.50 or zebra-1.local, without tcp:// or a port (the port has its own field).</source>
        <translation>„%1“ ist weder ein Hostname noch eine IP-Adresse: Schreiben Sie sie in der Form 192.168.1.50 oder zebra-1.local, ohne tcp:// und ohne Port (der Port hat ein eigenes Feld).</translation>
    </message>
    <message>
        <source>Write the name of the CUPS queue, e.g. Zebra_ZD421 (lpstat -p lists them).</source>
        <translation>Geben Sie den Namen der CUPS-Warteschlange ein, z. B. Zebra_ZD421 (lpstat -p listet sie auf).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CUPS queue name: it must not hold spaces, &quot;/&quot;, &quot;\&quot; or &quot;#&quot;, nor start with &quot;-&quot;.</source>
        <translation>„%1“ ist kein gültiger Name für eine CUPS-Warteschlange: Er darf weder Leerzeichen, „/“, „\“ oder „#“ enthalten noch mit „-“ beginnen.</translation>
    </message>
    <message>
        <source>Choose the folder the PDF files go to.</source>
        <translation>Wählen Sie den Ordner, in dem die PDF-Dateien abgelegt werden.</translation>
    </message>
    <message>
        <source>Give the whole path of the folder, e.g. %1.</source>
        <translation>Geben Sie den vollständigen Pfad des Ordners an, z. B. %1.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: create it, or choose another.</source>
        <translation>Der Ordner %1 existiert nicht: Legen Sie ihn an, oder wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Packbench may not write to the folder %1: choose one you can write to.</source>
        <translation>Packbench darf nicht in den Ordner %1 schreiben: Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Could not write the settings file %1. Check that the disk is not full and that you may write to the profile folder.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht geschrieben werden. Prüfen Sie, ob der Datenträger voll ist und ob Sie in den Profilordner schreiben dürfen.</translation>
    </message>
    <message>
        <source>Folder for the label PDF files</source>
        <translation>Ordner für die PDF-Dateien der Etiketten</translation>
    </message>
    <message>
        <source>Test label</source>
        <translation>Testetikett</translation>
    </message>
    <message>
        <source>Test label: do not ship</source>
        <translation>Testetikett: nicht versenden</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>1 Sample Street</source>
        <translation>Musterstraße 1</translation>
    </message>
    <message>
        <source>Sample Town</source>
        <translation>Musterstadt</translation>
    </message>
    <message>
        <source>2 Sample Road</source>
        <translation>Musterweg 2</translation>
    </message>
    <message>
        <source>Sample City</source>
        <translation>Musterhausen</translation>
    </message>
    <message>
        <source>A test label from Settings &gt; Printing.</source>
        <translation>Ein Testetikett aus Einstellungen &gt; Drucken.</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>Nicht gedruckt: %1</translation>
    </message>
    <message>
        <source>Test label written to %1.</source>
        <translation>Testetikett gespeichert unter %1.</translation>
    </message>
    <message>
        <source>Sending the test label to %1…</source>
        <translation>Testetikett wird an %1 gesendet…</translation>
    </message>
    <message>
        <source>Test label sent to %1. Check that it printed.</source>
        <translation>Testetikett an %1 gesendet. Prüfen Sie, ob es gedruckt wurde.</translation>
    </message>
    <message>
        <source>Not printed: no default printer is set up on this computer.</source>
        <translation>Nicht gedruckt: Auf diesem Computer ist kein Standarddrucker eingerichtet.</translation>
    </message>
    <message>
        <source>Not printed: the printer &quot;%1&quot; is not set up on this computer.</source>
        <translation>Nicht gedruckt: Der Drucker „%1“ ist auf diesem Computer nicht eingerichtet.</translation>
    </message>
    <message>
        <source>Packbench test label</source>
        <translation>Packbench-Testetikett</translation>
    </message>
    <message>
        <source>Not printed: the preview was closed.</source>
        <translation>Nicht gedruckt: Die Vorschau wurde geschlossen.</translation>
    </message>
    <message>
        <source>Not printed: the printer &quot;%1&quot; did not take the label.</source>
        <translation>Nicht gedruckt: Der Drucker „%1“ hat das Etikett nicht angenommen.</translation>
    </message>
    <message>
        <source>Test label sent to the printer &quot;%1&quot;. Check that it printed.</source>
        <translation>Testetikett an den Drucker „%1“ gesendet. Prüfen Sie, ob es gedruckt wurde.</translation>
    </message>
</context>
<context>
    <name>Packbench::RawPrinter</name>
    <message>
        <source>The printer at %1 closed the connection after %2 of %3 bytes. Check the printer&apos;s display for an error.</source>
        <translation>Der Drucker unter %1 hat die Verbindung nach %2 von %3 Bytes geschlossen. Prüfen Sie das Display des Druckers auf eine Fehlermeldung.</translation>
    </message>
    <message>
        <source>Could not reach the printer at %1: connection refused. Check that it is on and the address is right.</source>
        <translation>Der Drucker unter %1 ist nicht erreichbar: Verbindung abgelehnt. Prüfen Sie, ob er eingeschaltet und die Adresse richtig ist.</translation>
    </message>
    <message>
        <source>Could not find the printer %1: there is no such host name. Check the address.</source>
        <translation>Der Drucker %1 wurde nicht gefunden: Diesen Hostnamen gibt es nicht. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>Could not reach the printer at %1: %2. Check that it is on and the address is right.</source>
        <translation>Der Drucker unter %1 ist nicht erreichbar: %2. Prüfen Sie, ob er eingeschaltet und die Adresse richtig ist.</translation>
    </message>
    <message>
        <source>Sending the label to the printer at %1 failed: %2.</source>
        <translation>Das Senden des Etiketts an den Drucker unter %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>Could not reach the printer at %1: no answer within %2 s. Check that it is on and the address is right.</source>
        <translation>Der Drucker unter %1 ist nicht erreichbar: keine Antwort innerhalb von %2 s. Prüfen Sie, ob er eingeschaltet und die Adresse richtig ist.</translation>
    </message>
    <message>
        <source>The printer at %1 stopped taking data after %2 of %3 bytes. Check that it has labels and is not paused.</source>
        <translation>Der Drucker unter %1 hat nach %2 von %3 Bytes keine Daten mehr angenommen. Prüfen Sie, ob Etiketten eingelegt sind und er nicht pausiert.</translation>
    </message>
    <message>
        <source>Could not start %1 to print to the queue %2: %3. Install the CUPS client (Debian package cups-client).</source>
        <translation>%1 konnte zum Drucken in die Warteschlange %2 nicht gestartet werden: %3. Installieren Sie den CUPS-Client (Debian-Paket cups-client).</translation>
    </message>
    <message>
        <source>%1 stopped unexpectedly while sending the label to the queue %2.</source>
        <translation>%1 wurde beim Senden des Etiketts an die Warteschlange %2 unerwartet beendet.</translation>
    </message>
    <message>
        <source>%1 ended with exit code %2</source>
        <translation>%1 wurde mit Exit-Code %2 beendet</translation>
    </message>
    <message>
        <source>The print queue %1 did not take the label: %2</source>
        <translation>Die Druckwarteschlange %1 hat das Etikett nicht angenommen: %2</translation>
    </message>
    <message>
        <source>%1 did not finish sending the label to the queue %2 within %3 s.</source>
        <translation>%1 hat das Senden des Etiketts an die Warteschlange %2 nicht innerhalb von %3 s abgeschlossen.</translation>
    </message>
    <message>
        <source>Use tcp://HOST:PORT for a network printer (port %1 when left out) or cups:QUEUE for a CUPS print queue.</source>
        <translation>Verwenden Sie tcp://HOST:PORT für einen Netzwerkdrucker (ohne Angabe Port %1) oder cups:QUEUE für eine CUPS-Druckwarteschlange.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a printer address. %2</source>
        <translation>„%1“ ist keine Druckeradresse. %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: port 0 is not a printer port. %2</source>
        <translation>„%1“: Port 0 ist kein Druckerport. %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CUPS queue name: it must not be empty or hold spaces, &quot;/&quot;, &quot;\&quot; or &quot;#&quot;. %2</source>
        <translation>„%1“ ist kein gültiger Name für eine CUPS-Warteschlange: Er darf nicht leer sein und weder Leerzeichen, „/“, „\“ noch „#“ enthalten. %2</translation>
    </message>
    <message>
        <source>There is nothing to send to the printer.</source>
        <translation>Es gibt nichts, was an den Drucker gesendet werden könnte.</translation>
    </message>
</context>
<context>
    <name>Packbench::RefreshScheduler</name>
    <message>
        <source>&quot;%1&quot; is no longer connected; it may have been removed at another station.</source>
        <translation>„%1“ ist nicht mehr verbunden; der Shop wurde möglicherweise an einem anderen Packplatz entfernt.</translation>
    </message>
    <message>
        <source>The store&apos;s settings could not be read: %1</source>
        <translation>Die Einstellungen des Shops konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Packbench::RulesPage</name>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>ATL</source>
        <translation>Abstellen</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>tag</source>
        <comment>in a rule&apos;s description</comment>
        <translation>Tag</translation>
    </message>
    <message>
        <source>store</source>
        <comment>in a rule&apos;s description</comment>
        <translation>Shop</translation>
    </message>
    <message>
        <source>country</source>
        <comment>in a rule&apos;s description</comment>
        <translation>Land</translation>
    </message>
    <message>
        <source>weight</source>
        <comment>in a rule&apos;s description</comment>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>SKU</source>
        <comment>in a rule&apos;s description</comment>
        <translation>SKU</translation>
    </message>
    <message>
        <source>ATL</source>
        <comment>in a rule&apos;s description</comment>
        <translation>Abstellen</translation>
    </message>
    <message>
        <source>items</source>
        <comment>in a rule&apos;s description</comment>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>ist nicht</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>ist kleiner als</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>ist höchstens</translation>
    </message>
    <message>
        <source>is more than</source>
        <translation>ist größer als</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>ist mindestens</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>Authority to leave</source>
        <translation>Abstellgenehmigung</translation>
    </message>
    <message>
        <source>Signature required</source>
        <translation>Unterschrift erforderlich</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>A storefront tag is the storefront&apos;s channel id; its name is shown beside it. Type any other tag.</source>
        <translation>Ein Storefront-Tag ist die Kanal-ID der Storefront; ihr Name wird daneben angezeigt. Andere Tags können Sie direkt eingeben.</translation>
    </message>
    <message>
        <source>Delivery option</source>
        <translation>Zustelloption</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Diese Bedingung entfernen</translation>
    </message>
    <message>
        <source>e.g. NZ</source>
        <translation>z. B. NZ</translation>
    </message>
    <message>
        <source>e.g. 2.5</source>
        <translation>z. B. 2.5</translation>
    </message>
    <message>
        <source>e.g. MUG-</source>
        <translation>z. B. MUG-</translation>
    </message>
    <message>
        <source>e.g. 2</source>
        <translation>z. B. 2</translation>
    </message>
    <message>
        <source>Rules run in this order, top first, on every new shipment as it is imported, and on the shipments waiting to ship when you click Apply rules now. The first account rule that matches chooses the account; tag rules add tags.</source>
        <translation>Die Regeln laufen in dieser Reihenfolge von oben nach unten: für jede neue Sendung, sobald sie importiert wird, und für die Sendungen, die auf den Versand warten, wenn Sie auf „Regeln jetzt anwenden“ klicken. Die erste zutreffende Kontoregel bestimmt das Konto; Tag-Regeln fügen Tags hinzu.</translation>
    </message>
    <message>
        <source>&amp;New rule</source>
        <translation>&amp;Neue Regel</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>No rules yet. A rule routes shipments to a sending account or adds a tag, e.g. &quot;If tag = 2, assign to account Kids Warehouse&quot;. Click New rule to write one.</source>
        <translation>Noch keine Regeln. Eine Regel weist Sendungen einem Versandkonto zu oder fügt ein Tag hinzu, z. B. „Wenn Tag = 2, Konto Kids Warehouse zuweisen“. Klicken Sie auf „Neue Regel“, um eine anzulegen.</translation>
    </message>
    <message>
        <source>+ Add &amp;condition</source>
        <translation>+ &amp;Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>All conditions must hold.</source>
        <translation>Alle Bedingungen müssen zutreffen.</translation>
    </message>
    <message>
        <source>Assign to account</source>
        <translation>Konto zuweisen</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Tag to add</source>
        <translation>Hinzuzufügendes Tag</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;If:</source>
        <translation>&amp;Wenn:</translation>
    </message>
    <message>
        <source>&amp;Then:</source>
        <translation>&amp;Dann:</translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation>Regel &amp;speichern</translation>
    </message>
    <message>
        <source>Discard c&amp;hanges</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Appl&amp;y rules now</source>
        <translation>Regeln jetzt &amp;anwenden</translation>
    </message>
    <message>
        <source>Runs the saved rules over the shipments still to ship or on hold. Printed shipments keep their account.</source>
        <translation>Wendet die gespeicherten Regeln auf die Sendungen an, die noch zu versenden oder zurückgestellt sind. Gedruckte Sendungen behalten ihr Konto.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>a rule&apos;s condition: field, comparison, value</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>add tag %1</source>
        <translation>Tag %1 hinzufügen</translation>
    </message>
    <message>
        <source>Every shipment: %1</source>
        <translation>Jede Sendung: %1</translation>
    </message>
    <message>
        <source>If %1 then %2</source>
        <translation>Wenn %1, dann %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>The tags in use could not be read: %1</source>
        <translation>Die verwendeten Tags konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a tag and the storefronts it stands for</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a condition in a rule&apos;s name: field, value</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>a condition in a rule&apos;s name: field, comparison, value</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Every shipment → %1</source>
        <translation>Jede Sendung → %1</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a rule&apos;s name made unique: name, number</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Save or discard the rule being edited first.</source>
        <translation>Speichern oder verwerfen Sie zuerst die Regel, die gerade bearbeitet wird.</translation>
    </message>
    <message>
        <source>Wait until the rules have been applied.</source>
        <translation>Warten Sie, bis die Regeln angewendet wurden.</translation>
    </message>
    <message>
        <source>A&amp;dd rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>The rules are being applied.</source>
        <translation>Die Regeln werden gerade angewendet.</translation>
    </message>
    <message>
        <source>Runs the saved rules (not the one being edited) over the shipments still to ship or on hold.</source>
        <translation>Wendet die gespeicherten Regeln (nicht die gerade bearbeitete) auf die Sendungen an, die noch zu versenden oder zurückgestellt sind.</translation>
    </message>
    <message>
        <source>New rule (it goes last)</source>
        <translation>Neue Regel (wird als letzte eingereiht)</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>Made from the rule until you type a name.</source>
        <translation>Wird aus der Regel gebildet, bis Sie einen Namen eingeben.</translation>
    </message>
    <message>
        <source>Only the Default account exists: add the sending accounts on the Accounts page.</source>
        <translation>Es gibt nur das Konto „Default“: Legen Sie die Versandkonten auf der Seite „Konten“ an.</translation>
    </message>
    <message>
        <source>A rule needs a name.</source>
        <translation>Eine Regel braucht einen Namen.</translation>
    </message>
    <message>
        <source>A rule named &quot;%1&quot; already exists.</source>
        <translation>Eine Regel namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Choose the account the rule routes shipments to.</source>
        <translation>Wählen Sie das Konto, dem die Regel Sendungen zuweist.</translation>
    </message>
    <message>
        <source>Write the tag the rule adds.</source>
        <translation>Geben Sie das Tag ein, das die Regel hinzufügt.</translation>
    </message>
    <message>
        <source>The rules are being applied to the shipments; save the rule when that is done.</source>
        <translation>Die Regeln werden gerade auf die Sendungen angewendet; speichern Sie die Regel, sobald das abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; added at position %2.</source>
        <translation>Regel „%1“ an Position %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; saved at position %2.</source>
        <translation>Regel „%1“ an Position %2 gespeichert.</translation>
    </message>
    <message>
        <source>It applies to shipments imported from now on; Apply rules now runs it over those waiting to ship.</source>
        <translation>Sie gilt für alle ab jetzt importierten Sendungen; „Regeln jetzt anwenden“ wendet sie auf die Sendungen an, die auf den Versand warten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now rule %2.</source>
        <translation>„%1“ ist jetzt Regel %2.</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <source>Remove the rule &quot;%1&quot;?</source>
        <translation>Die Regel „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Shipments it has routed or tagged keep that until the rules run again (at their next import, or Apply rules now).</source>
        <translation>Sendungen, denen sie ein Konto oder Tag zugewiesen hat, behalten dies, bis die Regeln erneut laufen (beim nächsten Import der Sendung oder mit „Regeln jetzt anwenden“).</translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation>Regel &amp;entfernen</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; removed.</source>
        <translation>Regel „%1“ entfernt.</translation>
    </message>
    <message>
        <source>Applying the rules to the shipments still to ship or on hold…</source>
        <translation>Die Regeln werden auf die Sendungen angewendet, die noch zu versenden oder zurückgestellt sind…</translation>
    </message>
    <message>
        <source>The rules could not be applied: %1</source>
        <translation>Die Regeln konnten nicht angewendet werden: %1</translation>
    </message>
    <message>
        <source>No shipment is waiting to ship or on hold: the rules had nothing to look at.</source>
        <translation>Keine Sendung wartet auf den Versand oder ist zurückgestellt: Die Regeln hatten nichts zu prüfen.</translation>
    </message>
    <message>
        <source>1 shipment looked at</source>
        <translation>1 Sendung geprüft</translation>
    </message>
    <message numerus="yes">
        <source>%n shipments looked at</source>
        <translation>
            <numerusform>%n Sendung geprüft</numerusform>
            <numerusform>%n Sendungen geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 changed.</source>
        <comment>shipments looked at, how many of them changed</comment>
        <translation>%1, %2 geändert.</translation>
    </message>
    <message>
        <source>The rules could not be read: %1</source>
        <translation>Die Regeln konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Wait until the rules have been written, then save again.</source>
        <translation>Warten Sie, bis die Regeln geschrieben wurden, und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <source>The rule was saved, but the rules could not be read again: %1</source>
        <translation>Die Regel wurde gespeichert, aber die Regeln konnten nicht erneut gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Packbench::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>Packbench::ShipmentDetailsPane</name>
    <message>
        <source>Pickup in store</source>
        <translation>Pickup in store</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <source>Shipping method:</source>
        <translation>Versandart:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Regel:</translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation>Versanddienstleister:</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>Sendungsnummer:</translation>
    </message>
    <message>
        <source>Ordered by:</source>
        <translation>Bestellt von:</translation>
    </message>
    <message>
        <source>Order total:</source>
        <translation>Bestellsumme:</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Customer message</source>
        <translation>Kundennachricht</translation>
    </message>
    <message>
        <source>Staff notes</source>
        <translation>Mitarbeiternotizen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Packplatz</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Select a shipment to see its details.</source>
        <translation>Wählen Sie eine Sendung aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Reading the shipment&apos;s details…</source>
        <translation>Details der Sendung werden gelesen…</translation>
    </message>
    <message>
        <source>The shipment&apos;s details could not be read: %1</source>
        <translation>Die Details der Sendung konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No pickup location given</source>
        <translation>Kein Abholort angegeben</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <comment>state</comment>
        <translation>Importiert: %1</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Changed in BigCommerce: %1</source>
        <comment>changed parts</comment>
        <translation>In BigCommerce geändert: %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>BigCommerce no longer lists this consignment</source>
        <translation>BigCommerce führt diese Lieferung nicht mehr</translation>
    </message>
    <message>
        <source>Changed in BigCommerce</source>
        <translation>In BigCommerce geändert</translation>
    </message>
    <message>
        <source>Label printed</source>
        <translation>Etikett gedruckt</translation>
    </message>
    <message>
        <source>Label printed again</source>
        <translation>Etikett erneut gedruckt</translation>
    </message>
    <message>
        <source>Label voided</source>
        <translation>Etikett storniert</translation>
    </message>
    <message>
        <source>Written back to BigCommerce</source>
        <translation>An BigCommerce zurückgemeldet</translation>
    </message>
    <message>
        <source>Write-back failed</source>
        <translation>Rückmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>Order #%1</source>
        <translation>Bestellung #%1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>store · storefront</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No delivery option given</source>
        <translation>Keine Zustelloption angegeben</translation>
    </message>
    <message>
        <source>No rule matched</source>
        <translation>Keine Regel hat zugetroffen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>amount currency</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Größe: %1</translation>
    </message>
    <message>
        <source>Colour: %1</source>
        <translation>Farbe: %1</translation>
    </message>
    <message>
        <source>HS Code: %1</source>
        <translation>HS-Code: %1</translation>
    </message>
    <message>
        <source> · </source>
        <comment>between an item&apos;s options</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Item %1 has no SKU</source>
        <translation>Artikel %1 hat keine SKU</translation>
    </message>
    <message>
        <source>“%1” has no SKU</source>
        <translation>„%1“ hat keine SKU</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>quantity to ship of quantity ordered</comment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 to ship of %2 ordered (%3 shipped, %4 refunded)</source>
        <translation>%1 von %2 bestellten zu versenden (%3 versendet, %4 erstattet)</translation>
    </message>
    <message>
        <source>Tracking numbers:</source>
        <translation>Sendungsnummern:</translation>
    </message>
    <message>
        <source>Printed:</source>
        <translation>Gedruckt:</translation>
    </message>
    <message>
        <source>Write-back:</source>
        <translation>Rückmeldung:</translation>
    </message>
    <message>
        <source>&amp;Print label</source>
        <translation>Etikett d&amp;rucken</translation>
    </message>
    <message>
        <source>Print this shipment&apos;s label and queue its write-back (Ctrl+P)</source>
        <translation>Das Etikett dieser Sendung drucken und ihre Rückmeldung einreihen (Strg+P)</translation>
    </message>
    <message>
        <source>&amp;Reprint</source>
        <translation>Na&amp;chdrucken</translation>
    </message>
    <message>
        <source>Print the same label again; nothing is written back again (Ctrl+Shift+P)</source>
        <translation>Dasselbe Etikett erneut drucken; es wird nichts erneut zurückgemeldet (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>St&amp;ornieren…</translation>
    </message>
    <message>
        <source>Undo the print: the shipment is to ship again (a write-back already sent is deleted in BigCommerce)</source>
        <translation>Den Druck rückgängig machen: Die Sendung ist wieder zu versenden (eine bereits gesendete Rückmeldung wird in BigCommerce gelöscht)</translation>
    </message>
    <message>
        <source>Label printed: %1</source>
        <comment>carrier and tracking</comment>
        <translation>Etikett gedruckt: %1</translation>
    </message>
    <message>
        <source>Label voided before its write-back was sent: to ship again</source>
        <translation>Etikett vor dem Senden der Rückmeldung storniert: wieder zu versenden</translation>
    </message>
    <message>
        <source>Label voided after its write-back: the BigCommerce shipment is deleted and the order put back; to ship again</source>
        <translation>Etikett nach der Rückmeldung storniert: Die BigCommerce-Sendung wird gelöscht und die Bestellung zurückgesetzt; wieder zu versenden</translation>
    </message>
    <message>
        <source>Void sent to BigCommerce: the order&apos;s status is put back</source>
        <translation>Stornierung an BigCommerce gesendet: Der Status der Bestellung wird zurückgesetzt</translation>
    </message>
    <message>
        <source>BigCommerce shipment %1 deleted and the order&apos;s status put back</source>
        <translation>BigCommerce-Sendung %1 gelöscht und Status der Bestellung zurückgesetzt</translation>
    </message>
    <message>
        <source>Written back to BigCommerce as shipment %1</source>
        <translation>An BigCommerce als Sendung %1 zurückgemeldet</translation>
    </message>
    <message>
        <source>Write-back held: pull the parcel</source>
        <translation>Rückmeldung angehalten: Paket aussortieren</translation>
    </message>
    <message>
        <source>Write-back held (pull the parcel): %1</source>
        <comment>reason</comment>
        <translation>Rückmeldung angehalten (Paket aussortieren): %1</translation>
    </message>
    <message>
        <source>Write-back failed: %1</source>
        <comment>reason</comment>
        <translation>Rückmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Write-back dismissed (resolved by hand)</source>
        <translation>Rückmeldung verworfen (manuell erledigt)</translation>
    </message>
    <message>
        <source>Write-back dismissed (resolved by hand): %1</source>
        <comment>reason</comment>
        <translation>Rückmeldung verworfen (manuell erledigt): %1</translation>
    </message>
    <message>
        <source>Marked dispatched: write-back queued</source>
        <translation>Als versandt markiert: Rückmeldung eingereiht</translation>
    </message>
    <message>
        <source>Parcel %1/%2: %3</source>
        <comment>parcel number/count: tracking number</comment>
        <translation>Paket %1/%2: %3</translation>
    </message>
</context>
<context>
    <name>Packbench::ShipmentsModel</name>
    <message>
        <source>To ship</source>
        <translation>Zu versenden</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <source>Written back</source>
        <translation>Zurückgemeldet</translation>
    </message>
    <message>
        <source>Write-back failed</source>
        <translation>Rückmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Shipped elsewhere</source>
        <translation>Anderswo versendet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Authority to leave</source>
        <translation>Abstellgenehmigung</translation>
    </message>
    <message>
        <source>Signature required</source>
        <translation>Unterschrift erforderlich</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>storefront name (channel id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Pickup in store</source>
        <translation>Pickup in store</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>city, country code</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>Zeitpunkt unbekannt</translation>
    </message>
    <message>
        <source>Changed in BigCommerce at %1: %2</source>
        <translation>In BigCommerce geändert (%1): %2</translation>
    </message>
    <message>
        <source>An item has no SKU</source>
        <translation>Ein Artikel hat keine SKU</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>customer (company)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Storefront</source>
        <translation>Storefront</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>ATL</source>
        <translation>Abstellen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <comment>order number (shipment number of count)</comment>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>Order %1 is split into %2 shipments (one per address or pickup); this is shipment %3.</source>
        <comment>order, count, number</comment>
        <translation>Bestellung %1 ist auf %2 Sendungen aufgeteilt (eine je Adresse oder Abholung); dies ist Sendung %3.</translation>
    </message>
    <message>
        <source>SKUs</source>
        <translation>SKUs</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>HS Code</source>
        <translation>HS-Code</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>printed time on station</comment>
        <translation>%1 an %2</translation>
    </message>
    <message>
        <source>Retry or Dismiss it in the Write-backs panel (View &gt; Write-backs).</source>
        <translation>Wiederholen oder verwerfen Sie sie im Bereich „Rückmeldungen“ (Ansicht &gt; Rückmeldungen).</translation>
    </message>
    <message>
        <source>Write-back</source>
        <translation>Rückmeldung</translation>
    </message>
</context>
<context>
    <name>Packbench::ShipmentsView</name>
    <message>
        <source>1 shipment</source>
        <translation>1 Sendung</translation>
    </message>
    <message numerus="yes">
        <source>%n shipments</source>
        <translation>
            <numerusform>%n Sendung</numerusform>
            <numerusform>%n Sendungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Order, customer, city or SKU</source>
        <translation>Bestellung, Kunde, Ort oder SKU</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Shop:</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>S&amp;uche:</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Alle Shops</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The shipments could not be loaded: %1</source>
        <translation>Die Sendungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Nothing to ship right now.
Import orders with Shipments &gt; Import… (Ctrl+I).</source>
        <translation>Derzeit gibt es nichts zu versenden.
Importieren Sie Bestellungen mit Sendungen &gt; Importieren… (Strg+I).</translation>
    </message>
    <message>
        <source>Scan order, tracking number or SKU</source>
        <translation>Bestellung, Sendungsnummer oder SKU scannen</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message>
        <source>A&amp;TL only</source>
        <translation>Nur Abstell&amp;genehmigung</translation>
    </message>
    <message>
        <source>Only shipments the customer lets be left without a signature (authority to leave).</source>
        <translation>Nur Sendungen, die laut Kunde ohne Unterschrift abgestellt werden dürfen (Abstellgenehmigung).</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Beliebiges Datum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>Von … bis …</translation>
    </message>
    <message>
        <source>Sc&amp;an:</source>
        <translation>Sca&amp;nnen:</translation>
    </message>
    <message>
        <source>Acco&amp;unt:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Da&amp;tum:</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>&amp;Details anzeigen</translation>
    </message>
    <message>
        <source>Apply &amp;rules to selection</source>
        <translation>&amp;Regeln auf Auswahl anwenden</translation>
    </message>
    <message>
        <source>&amp;Copy order numbers</source>
        <translation>Bestellnummern &amp;kopieren</translation>
    </message>
    <message>
        <source>Sc&amp;an</source>
        <translation>Sca&amp;nnen</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Details &amp;pane</source>
        <translation>Detail&amp;bereich</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>country name (code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Saved views could not be read: %1</source>
        <translation>Gespeicherte Ansichten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name for the current filters (e.g. &quot;Kids to ship&quot;):</source>
        <translation>Name für die aktuellen Filter (z. B. „Kids zu versenden“):</translation>
    </message>
    <message>
        <source>The view &quot;%1&quot; was not saved: %2</source>
        <translation>Die Ansicht „%1“ wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>View &quot;%1&quot; saved.</source>
        <translation>Ansicht „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <source>Delete the saved view &quot;%1&quot;? The shipments stay as they are.</source>
        <translation>Die gespeicherte Ansicht „%1“ löschen? Die Sendungen bleiben unverändert.</translation>
    </message>
    <message>
        <source>The view &quot;%1&quot; was not deleted: %2</source>
        <translation>Die Ansicht „%1“ wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>View &quot;%1&quot; deleted.</source>
        <translation>Ansicht „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>shown of loaded shipments</comment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No shipments match these filters.
Clear them with Ctrl+Shift+L.</source>
        <translation>Keine Sendungen entsprechen diesen Filtern.
Setzen Sie die Filter mit Strg+Umschalt+L zurück.</translation>
    </message>
    <message>
        <source>No shipments in this view.</source>
        <translation>Keine Sendungen in dieser Ansicht.</translation>
    </message>
    <message>
        <source>The details could not be loaded: %1</source>
        <translation>Die Details konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Select the shipments to apply the rules to.</source>
        <translation>Wählen Sie die Sendungen aus, auf die die Regeln angewendet werden sollen.</translation>
    </message>
    <message>
        <source>The rules were not applied: %1</source>
        <translation>Die Regeln wurden nicht angewendet: %1</translation>
    </message>
    <message>
        <source>Rules applied: %1 of %2 selected shipments changed.</source>
        <translation>Regeln angewendet: %1 von %2 ausgewählten Sendungen geändert.</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
    <message>
        <source>Only storefront &quot;%1&quot;</source>
        <translation>Nur Storefront „%1“</translation>
    </message>
    <message>
        <source>“%1”: no order, tracking number or SKU in this view</source>
        <translation>„%1“: keine Bestellung, Sendungsnummer oder SKU in dieser Ansicht</translation>
    </message>
    <message>
        <source>“%1”: order %2</source>
        <translation>„%1“: Bestellung %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>shipment state in store</comment>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>“%1”: order %2 is %3, not in this view</source>
        <translation>„%1“: Bestellung %2 ist %3, nicht in dieser Ansicht</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: hidden by the filters (%n), Ctrl+Shift+L clears them</source>
        <translation>
            <numerusform>„%1“: durch die Filter ausgeblendet (%n), Strg+Umschalt+L setzt sie zurück</numerusform>
            <numerusform>„%1“: durch die Filter ausgeblendet (%n), Strg+Umschalt+L setzt sie zurück</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n selected</source>
        <translation>
            <numerusform>„%1“: %n ausgewählt</numerusform>
            <numerusform>„%1“: %n ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SKU “%1”: %n selected, the oldest order current</source>
        <translation>
            <numerusform>SKU „%1“: %n ausgewählt, die älteste Bestellung ist aktuell</numerusform>
            <numerusform>SKU „%1“: %n ausgewählt, die älteste Bestellung ist aktuell</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>&lt;p&gt;Scan a barcode (order number, tracking number or SKU) or type a code and press Enter: the shipment is selected. F2 comes back here from anywhere.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Scan, Enter, next scan:&lt;/b&gt; when the scan finds exactly one shipment to ship, press Enter again to print its label; the field is ready for the next scan at once, no mouse needed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Scannen Sie einen Barcode (Bestellnummer, Sendungsnummer oder SKU), oder geben Sie einen Code ein und drücken Sie die Eingabetaste: Die Sendung wird ausgewählt. Mit F2 kehren Sie von überall hierher zurück.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Scannen, Eingabe, nächster Scan:&lt;/b&gt; Findet der Scan genau eine zu versendende Sendung, drücken Sie erneut die Eingabetaste, um ihr Etikett zu drucken; das Feld ist sofort für den nächsten Scan bereit, ganz ohne Maus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Print label</source>
        <translation>&amp;Etikett drucken</translation>
    </message>
    <message>
        <source>Print label</source>
        <translation>Etikett drucken</translation>
    </message>
    <message>
        <source>Print the labels of the selected shipments and queue their write-backs (Ctrl+P). After a scan, Enter prints the scanned shipment.</source>
        <translation>Die Etiketten der ausgewählten Sendungen drucken und ihre Rückmeldungen einreihen (Strg+P). Nach einem Scan druckt die Eingabetaste die gescannte Sendung.</translation>
    </message>
    <message>
        <source>&amp;Reprint</source>
        <translation>&amp;Nachdrucken</translation>
    </message>
    <message>
        <source>Print the same labels again; nothing is written back again (Ctrl+Shift+P)</source>
        <translation>Dieselben Etiketten erneut drucken; es wird nichts erneut zurückgemeldet (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Stornieren…</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <source>Undo the print of the selected shipments: they are to ship again. A write-back already sent is deleted in BigCommerce (you are asked first).</source>
        <translation>Den Druck der ausgewählten Sendungen rückgängig machen: Sie sind wieder zu versenden. Eine bereits gesendete Rückmeldung wird in BigCommerce gelöscht (nach Rückfrage).</translation>
    </message>
    <message>
        <source>&amp;Mark dispatched</source>
        <translation>Als &amp;versandt markieren</translation>
    </message>
    <message>
        <source>End of day: write back the printed shipments of the stores that write back at dispatch (of the store shown, or of all stores)</source>
        <translation>Tagesabschluss: die gedruckten Sendungen der Shops zurückmelden, die beim Versand zurückmelden (des angezeigten Shops oder aller Shops)</translation>
    </message>
    <message>
        <source>“%1”: order %2 — press Enter to print its label</source>
        <translation>„%1“: Bestellung %2 — Eingabetaste druckt ihr Etikett</translation>
    </message>
    <message>
        <source>“%1”: order %2 is already printed — Ctrl+Shift+P prints it again</source>
        <translation>„%1“: Bestellung %2 ist bereits gedruckt — Strg+Umschalt+P druckt sie erneut</translation>
    </message>
    <message>
        <source>Scan an order (F2), Enter finds it, Enter again prints its label. Ctrl+P prints the selection.</source>
        <translation>Bestellung scannen (F2), Eingabetaste findet sie, erneut Eingabetaste druckt ihr Etikett. Strg+P druckt die Auswahl.</translation>
    </message>
    <message>
        <source>Print &amp;with options…</source>
        <translation>Mit &amp;Optionen drucken…</translation>
    </message>
    <message>
        <source>Print the current shipment choosing the carrier (a manual carrier&apos;s tracking number), the parcels, and which items ship now (Ctrl+Alt+P)</source>
        <translation>Die aktuelle Sendung drucken und dabei Versanddienstleister (bei manuellen die Sendungsnummer), Pakete und die jetzt zu versendenden Artikel wählen (Strg+Alt+P)</translation>
    </message>
    <message>
        <source>The stores could not be read: %1</source>
        <translation>Die Shops konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The accounts could not be read: %1</source>
        <translation>Die Konten konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: order %2, %n shipments — press Enter to print their labels</source>
        <translation>
            <numerusform>„%1“: Bestellung %2, %n Sendung — Eingabetaste druckt ihr Etikett</numerusform>
            <numerusform>„%1“: Bestellung %2, %n Sendungen — Eingabetaste druckt ihre Etiketten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Packbench::StockChangesModel</name>
    <message>
        <source>Allocated subtracted</source>
        <translation>Reserviert abgezogen</translation>
    </message>
    <message>
        <source>Pushing</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>On shipments to ship or printed but not yet written back: taken off the warehouse&apos;s count, so a push never sells goods already sold</source>
        <translation>Auf Sendungen, die zu versenden oder gedruckt, aber noch nicht zurückgemeldet sind: von der Zählung des Lagers abgezogen, damit eine Übertragung nie bereits verkaufte Ware erneut verkauft</translation>
    </message>
</context>
<context>
    <name>Packbench::StockImportDialog</name>
    <message>
        <source>Import stock file</source>
        <translation>Bestandsdatei importieren</translation>
    </message>
    <message>
        <source>%1 into the stock of %2. Choose the columns that hold the SKU and the quantity; the levels replace the warehouse&apos;s counts of the same SKUs.</source>
        <translation>%1 in den Bestand von %2. Wählen Sie die Spalten mit der SKU und der Menge; die Bestände ersetzen die Zählungen des Lagers für dieselben SKUs.</translation>
    </message>
    <message>
        <source>A column with the BigCommerce location id of each line; without one, every line goes to the location below.</source>
        <translation>Eine Spalte mit der BigCommerce-Lagerort-ID jeder Zeile; ohne sie geht jede Zeile an den unten angegebenen Lagerort.</translation>
    </message>
    <message>
        <source>The BigCommerce location id for lines without a location; 1 is the store&apos;s default location.</source>
        <translation>Die BigCommerce-Lagerort-ID für Zeilen ohne Lagerort; 1 ist der Standard-Lagerort des Shops.</translation>
    </message>
    <message>
        <source>&amp;SKU column:</source>
        <translation>&amp;SKU-Spalte:</translation>
    </message>
    <message>
        <source>&amp;Quantity column:</source>
        <translation>&amp;Mengenspalte:</translation>
    </message>
    <message>
        <source>&amp;Location column:</source>
        <translation>&amp;Lagerortspalte:</translation>
    </message>
    <message>
        <source>&amp;Default location id:</source>
        <translation>&amp;Standard-Lagerort-ID:</translation>
    </message>
    <message>
        <source>&amp;Problems (the lines not imported):</source>
        <translation>&amp;Probleme (nicht importierte Zeilen):</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Check that the file exists and that you may read it.</source>
        <translation>%1 kann nicht gelesen werden: %2. Prüfen Sie, ob die Datei existiert und Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>none: default location</source>
        <translation>keine: Standard-Lagerort</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>location</source>
        <translation>Lagerort</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <comment>column name [what it holds]</comment>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Choose the column that holds the SKU.</source>
        <translation>Wählen Sie die Spalte mit der SKU.</translation>
    </message>
    <message>
        <source>Choose the column that holds the quantity.</source>
        <translation>Wählen Sie die Spalte mit der Menge.</translation>
    </message>
    <message>
        <source>Choose a different column for each: SKU, quantity and location.</source>
        <translation>Wählen Sie für SKU, Menge und Lagerort jeweils eine andere Spalte.</translation>
    </message>
    <message>
        <source>Lines read: %1 · levels to import: %2 · problems: %3</source>
        <translation>Gelesene Zeilen: %1 · zu importierende Bestände: %2 · Probleme: %3</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>No line of the file can be imported with these columns: see the problems.</source>
        <translation>Mit diesen Spalten kann keine Zeile der Datei importiert werden: siehe Probleme.</translation>
    </message>
    <message>
        <source>Import saves the %1 good levels; fix the lines listed and import the file again for the rest.</source>
        <translation>Der Import speichert die %1 gültigen Bestände; korrigieren Sie die aufgeführten Zeilen und importieren Sie die Datei für den Rest erneut.</translation>
    </message>
    <message>
        <source>&amp;Import %1 levels</source>
        <translation>%1 Bestände &amp;importieren</translation>
    </message>
    <message>
        <source>Saving the levels…</source>
        <translation>Bestände werden gespeichert…</translation>
    </message>
    <message>
        <source>The levels could not be saved: %1. Nothing was imported; try again.</source>
        <translation>Die Bestände konnten nicht gespeichert werden: %1. Es wurde nichts importiert; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Packbench::StockModel</name>
    <message>
        <source>Location %1</source>
        <translation>Lagerort %1</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lagerort</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>BigCommerce now</source>
        <translation>BigCommerce aktuell</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>Pushed by product</source>
        <translation>Pro Produkt übertragen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>Refused: BigCommerce&apos;s message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>Pushed &lt;level&gt;</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>SKU %1</source>
        <translation>SKU %1</translation>
    </message>
    <message>
        <source>location %1</source>
        <translation>Lagerort %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>where: problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>level to push (change at BigCommerce)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>BigCommerce location %1</source>
        <translation>BigCommerce-Lagerort %1</translation>
    </message>
    <message>
        <source>On this store&apos;s shipments that are to ship, printed or failed to write back: BigCommerce has already taken them off its stock, the shelf still has them. A push subtracts them.</source>
        <translation>Auf Sendungen dieses Shops, die zu versenden, gedruckt oder nicht zurückgemeldet sind: BigCommerce hat sie bereits von seinem Bestand abgezogen, im Regal sind sie noch. Eine Übertragung zieht sie ab.</translation>
    </message>
    <message>
        <source>Not compared yet: Look up BigCommerce to see its level.</source>
        <translation>Noch nicht verglichen: Fragen Sie BigCommerce ab, um dessen Bestand zu sehen.</translation>
    </message>
    <message>
        <source>BigCommerce shows %1 at %2: nothing to push.</source>
        <translation>BigCommerce zeigt %1 bei %2: nichts zu übertragen.</translation>
    </message>
    <message>
        <source>Differs: a push sets %1 at %2 from %3 to %4.</source>
        <translation>Abweichung: Eine Übertragung setzt %1 bei %2 von %3 auf %4.</translation>
    </message>
    <message>
        <source>BigCommerce has no item with SKU %1 (as of the last look-up). Check the SKU in the stock file or give the product or variant this SKU in BigCommerce; a push leaves it out.</source>
        <translation>BigCommerce hat keinen Artikel mit der SKU %1 (Stand der letzten Abfrage). Prüfen Sie die SKU in der Bestandsdatei oder geben Sie dem Produkt oder der Variante diese SKU in BigCommerce; eine Übertragung lässt sie aus.</translation>
    </message>
    <message>
        <source>The warehouse has no count of %1 at %2: a push leaves BigCommerce&apos;s level there as it is.</source>
        <translation>Das Lager hat keine Zählung von %1 bei %2: Eine Übertragung lässt den Bestand von BigCommerce dort unverändert.</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>To push</source>
        <translation>Zu übertragen</translation>
    </message>
    <message>
        <source>Last push</source>
        <translation>Letzte Übertragung</translation>
    </message>
    <message>
        <source>The warehouse&apos;s count: from the last stock file, or counted here by scanning</source>
        <translation>Die Zählung des Lagers: aus der letzten Bestandsdatei oder hier per Scan gezählt</translation>
    </message>
    <message>
        <source>On shipments to ship or printed but not yet written back; subtracted before a push</source>
        <translation>Auf Sendungen, die zu versenden oder gedruckt, aber noch nicht zurückgemeldet sind; wird vor einer Übertragung abgezogen</translation>
    </message>
    <message>
        <source>What a push sends: warehouse minus allocated, never below 0; the change in brackets</source>
        <translation>Was eine Übertragung sendet: Lager minus reserviert, nie unter 0; die Änderung in Klammern</translation>
    </message>
    <message>
        <source>BigCommerce&apos;s level (on hand) at the last look-up</source>
        <translation>Bestand von BigCommerce (verfügbar) bei der letzten Abfrage</translation>
    </message>
    <message>
        <source>What happened to this SKU at the last push</source>
        <translation>Was bei der letzten Übertragung mit dieser SKU geschah</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>location id (name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unknown location</source>
        <translation>unbekannter Lagerort</translation>
    </message>
    <message>
        <source>The store has no location %1 (its locations: %2). Count %3 at one of them or correct the location in the stock file; a push leaves this level out.</source>
        <translation>Der Shop hat keinen Lagerort %1 (seine Lagerorte: %2). Zählen Sie %3 an einem davon oder korrigieren Sie den Lagerort in der Bestandsdatei; beim Übertragen wird dieser Bestand ausgelassen.</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 Anfrage</translation>
    </message>
    <message numerus="yes">
        <source>%Ln requests</source>
        <translation>
            <numerusform>%Ln Anfrage</numerusform>
            <numerusform>%Ln Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 Problem</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problems</source>
        <translation>
            <numerusform>%Ln Problem</numerusform>
            <numerusform>%Ln Probleme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Packbench::StockPushDialog</name>
    <message>
        <source>Push stock to BigCommerce: %1</source>
        <translation>Bestand an BigCommerce übertragen: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>A look-up or push of this store&apos;s stock is still running. Try again when it has finished.</source>
        <translation>Eine Abfrage oder Übertragung des Bestands dieses Shops läuft noch. Versuchen Sie es erneut, wenn sie abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Looking up the SKUs at BigCommerce…</source>
        <translation>SKUs werden bei BigCommerce abgefragt…</translation>
    </message>
    <message>
        <source>Pushing to BigCommerce…</source>
        <translation>Übertragung an BigCommerce…</translation>
    </message>
    <message>
        <source>Looking up SKUs at BigCommerce: %1 of %2 (%3)…</source>
        <translation>SKUs werden bei BigCommerce abgefragt: %1 von %2 (%3)…</translation>
    </message>
    <message>
        <source>Pushing levels: %1 of %2 sent (%3)…</source>
        <translation>Bestände werden übertragen: %1 von %2 gesendet (%3)…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent.</source>
        <translation>Abgebrochen: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The look-up stopped: nothing was sent.</source>
        <translation>Die Abfrage wurde beendet: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Looked up.</source>
        <translation>Abgefragt.</translation>
    </message>
    <message>
        <source>Looked up; nothing is sent until you push.</source>
        <translation>Abgefragt; es wird nichts gesendet, bis Sie übertragen.</translation>
    </message>
    <message>
        <source>Cancelled: the levels not sent are marked “Not sent”.</source>
        <translation>Abgebrochen: Die nicht gesendeten Bestände sind mit „Nicht gesendet“ markiert.</translation>
    </message>
    <message>
        <source>The push stopped.</source>
        <translation>Die Übertragung wurde beendet.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Abgeschlossen.</translation>
    </message>
    <message>
        <source>Pushed %1 (%2 of them by product), refused %3, not sent %4; %5 already right.</source>
        <translation>Übertragen %1 (davon %2 pro Produkt), abgelehnt %3, nicht gesendet %4; %5 bereits korrekt.</translation>
    </message>
    <message>
        <source>&amp;Problems: none</source>
        <translation>&amp;Probleme: keine</translation>
    </message>
    <message>
        <source>&amp;Problems (%1), per SKU:</source>
        <translation>&amp;Probleme (%1), pro SKU:</translation>
    </message>
    <message>
        <source>Looking up what BigCommerce shows for the warehouse&apos;s SKUs. Nothing is written to BigCommerce yet.</source>
        <translation>Es wird abgefragt, was BigCommerce für die SKUs des Lagers zeigt. Noch wird nichts an BigCommerce geschrieben.</translation>
    </message>
    <message>
        <source>A push sets these levels at BigCommerce (only the SKUs that differ). Stock on shipments not yet written back is subtracted first.</source>
        <translation>Eine Übertragung setzt diese Bestände bei BigCommerce (nur die abweichenden SKUs). Bestand auf noch nicht zurückgemeldeten Sendungen wird zuvor abgezogen.</translation>
    </message>
    <message>
        <source>Pushing the levels to BigCommerce. Cancel stops after the request under way; what was sent stays.</source>
        <translation>Die Bestände werden an BigCommerce übertragen. Abbrechen stoppt nach der laufenden Anfrage; bereits Gesendetes bleibt.</translation>
    </message>
    <message>
        <source>The result per SKU:</source>
        <translation>Das Ergebnis pro SKU:</translation>
    </message>
    <message>
        <source>&amp;Push changes</source>
        <translation>Änderungen &amp;übertragen</translation>
    </message>
    <message>
        <source>&amp;Push 1 change</source>
        <translation>1 Änderung &amp;übertragen</translation>
    </message>
    <message>
        <source>&amp;Push %1 changes</source>
        <translation>%1 Änderungen &amp;übertragen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Stop after the request under way; what was sent stays, the rest is not sent.</source>
        <translation>Nach der laufenden Anfrage stoppen; bereits Gesendetes bleibt, der Rest wird nicht gesendet.</translation>
    </message>
    <message>
        <source>Cancelling after the request under way…</source>
        <translation>Abbruch nach der laufenden Anfrage…</translation>
    </message>
    <message>
        <source>1 level</source>
        <translation>1 Bestand</translation>
    </message>
    <message numerus="yes">
        <source>%Ln levels</source>
        <translation>
            <numerusform>%Ln Bestand</numerusform>
            <numerusform>%Ln Bestände</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to push: BigCommerce already shows every level (%1).</source>
        <translation>Nichts zu übertragen: BigCommerce zeigt bereits jeden Bestand (%1).</translation>
    </message>
    <message>
        <source>%1 to change, %2 already right at BigCommerce, %3.</source>
        <translation>%1 zu ändern, %2 bei BigCommerce bereits richtig, %3.</translation>
    </message>
    <message>
        <source>%1: see the list.</source>
        <translation>%1: siehe Liste.</translation>
    </message>
    <message>
        <source>1 level was not sent: push again to send it.</source>
        <translation>1 Bestand wurde nicht gesendet: übertragen Sie erneut, um ihn zu senden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln levels were not sent: push again to send them.</source>
        <translation>
            <numerusform>%Ln Bestand wurde nicht gesendet: übertragen Sie erneut, um ihn zu senden.</numerusform>
            <numerusform>%Ln Bestände wurden nicht gesendet: übertragen Sie erneut, um sie zu senden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 s.</source>
        <comment>requests in seconds</comment>
        <translation>%1 in %2 s.</translation>
    </message>
</context>
<context>
    <name>Packbench::StockPushRunner</name>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation>Abgebrochen, bevor etwas gesendet wurde.</translation>
    </message>
</context>
<context>
    <name>Packbench::StockScreen</name>
    <message>
        <source>Sto&amp;re:</source>
        <translation>Sho&amp;p:</translation>
    </message>
    <message>
        <source>&amp;Import stock file…</source>
        <translation>Bestandsdatei &amp;importieren…</translation>
    </message>
    <message>
        <source>Read a stock file (CSV) exported from a WMS or a count: you choose its columns in a preview before anything is saved.</source>
        <translation>Eine Bestandsdatei (CSV) einlesen, die aus einem LVS oder einer Zählung exportiert wurde: Sie wählen ihre Spalten in einer Vorschau, bevor etwas gespeichert wird.</translation>
    </message>
    <message>
        <source>&amp;Look up BigCommerce</source>
        <translation>BigCommerce &amp;abfragen</translation>
    </message>
    <message>
        <source>Ask BigCommerce for its levels of these SKUs and compare; nothing is written to BigCommerce.</source>
        <translation>BigCommerce nach seinen Beständen dieser SKUs fragen und vergleichen; an BigCommerce wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Push to BigCommerce…</source>
        <translation>An BigCommerce &amp;übertragen…</translation>
    </message>
    <message>
        <source>Send the levels that differ to BigCommerce, after a preview of what changes.</source>
        <translation>Die abweichenden Bestände nach einer Vorschau der Änderungen an BigCommerce senden.</translation>
    </message>
    <message>
        <source>Scan a SKU (SKU*12 sets 12)</source>
        <translation>SKU scannen (SKU*12 setzt 12)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Scan a SKU, or type it and press Enter: the first scan of a SKU in this count sets its level at the location to 1, each further scan adds 1. Type SKU*12 to set 12. Each count is saved at once.&lt;/p&gt;&lt;p&gt;F2 comes back here; New count starts again from nothing.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Scannen Sie eine SKU oder tippen Sie sie ein und drücken Sie die Eingabetaste: Der erste Scan einer SKU in dieser Zählung setzt ihren Bestand am Lagerort auf 1, jeder weitere Scan addiert 1. Tippen Sie SKU*12 ein, um 12 zu setzen. Jede Zählung wird sofort gespeichert.&lt;/p&gt;&lt;p&gt;F2 führt hierher zurück; Neue Zählung beginnt wieder bei null.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Count by s&amp;canning:</source>
        <translation>Per S&amp;can zählen:</translation>
    </message>
    <message>
        <source>The BigCommerce location id the scans count at; 1 is the store&apos;s default location.</source>
        <translation>Die BigCommerce-Lagerort-ID, an der die Scans zählen; 1 ist der Standard-Lagerort des Shops.</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>Lager&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;New count</source>
        <translation>&amp;Neue Zählung</translation>
    </message>
    <message>
        <source>Forget what this count has scanned: the next scan of each SKU counts from 1. The saved levels stay.</source>
        <translation>Vergessen, was diese Zählung gescannt hat: Der nächste Scan jeder SKU zählt ab 1. Die gespeicherten Bestände bleiben.</translation>
    </message>
    <message>
        <source>SKU or location</source>
        <translation>SKU oder Lagerort</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Only &amp;differences</source>
        <translation>Nur &amp;Abweichungen</translation>
    </message>
    <message>
        <source>Only the SKUs a push would change, and those BigCommerce does not have</source>
        <translation>Nur die SKUs, die eine Übertragung ändern würde, und jene, die BigCommerce nicht hat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Reading the connected stores…</source>
        <translation>Verbundene Shops werden gelesen…</translation>
    </message>
    <message>
        <source>Sc&amp;an</source>
        <translation>Sc&amp;annen</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtern</translation>
    </message>
    <message>
        <source>The stores could not be read: %1</source>
        <translation>Die Shops konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No store is connected. Connect one in Settings &gt; Integrations first.</source>
        <translation>Kein Shop ist verbunden. Verbinden Sie zuerst einen unter Einstellungen &gt; Integrationen.</translation>
    </message>
    <message>
        <source>%1 levels imported; %2 lines had problems and were left out.</source>
        <translation>%1 Bestände importiert; %2 Zeilen hatten Fehler und wurden ausgelassen.</translation>
    </message>
    <message>
        <source>The stock could not be read: %1</source>
        <translation>Der Bestand konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No stock file imported for this store yet.</source>
        <translation>Für diesen Shop wurde noch keine Bestandsdatei importiert.</translation>
    </message>
    <message>
        <source>a stock file</source>
        <translation>eine Bestandsdatei</translation>
    </message>
    <message>
        <source>Last import: %1, %2</source>
        <comment>file, when</comment>
        <translation>Letzter Import: %1, %2</translation>
    </message>
    <message>
        <source>Last import: %1 by %2, %3</source>
        <comment>file, station, when</comment>
        <translation>Letzter Import: %1 von %2, %3</translation>
    </message>
    <message>
        <source>No stock yet: import a stock file or count by scanning.</source>
        <translation>Noch kein Bestand: Importieren Sie eine Bestandsdatei oder zählen Sie per Scan.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>SKUs, levels</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>1 SKU</source>
        <translation>1 SKU</translation>
    </message>
    <message>
        <source>%1 SKUs</source>
        <translation>%1 SKUs</translation>
    </message>
    <message>
        <source>1 level</source>
        <translation>1 Bestand</translation>
    </message>
    <message>
        <source>%1 levels</source>
        <translation>%1 Bestände</translation>
    </message>
    <message>
        <source>not compared yet</source>
        <translation>noch nicht abgeglichen</translation>
    </message>
    <message>
        <source>%1 differ</source>
        <translation>%1 abweichend</translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation>%1 nicht gefunden</translation>
    </message>
    <message>
        <source>%1 refused at the last push</source>
        <translation>%1 bei der letzten Übertragung abgelehnt</translation>
    </message>
    <message>
        <source>1 row shown</source>
        <translation>1 Zeile angezeigt</translation>
    </message>
    <message>
        <source>%1 rows shown</source>
        <translation>%1 Zeilen angezeigt</translation>
    </message>
    <message>
        <source> · </source>
        <comment>summary separator</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>Choose a connected store first.</source>
        <translation>Wählen Sie zuerst einen verbundenen Shop.</translation>
    </message>
    <message>
        <source>Import a stock file or count by scanning first.</source>
        <translation>Importieren Sie zuerst eine Bestandsdatei oder zählen Sie per Scan.</translation>
    </message>
    <message>
        <source>A look-up or push is running.</source>
        <translation>Eine Abfrage oder Übertragung läuft.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>“%1”: choose a connected store first.</source>
        <translation>„%1“: Wählen Sie zuerst einen verbundenen Shop.</translation>
    </message>
    <message>
        <source>“%1”: not counted. Type the SKU, * and the quantity, e.g. %2*12.</source>
        <translation>„%1“: nicht gezählt. Geben Sie die SKU, * und die Menge ein, z. B. %2*12.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>“%1”: not counted: %2 is more than a shelf holds. Was a barcode scanned after the *?</source>
        <translation>„%1“: nicht gezählt: %2 ist mehr, als ein Regal fasst. Wurde nach dem * ein Barcode gescannt?</translation>
    </message>
    <message>
        <source>%1: %2 counted at %3 (was %4)</source>
        <translation>%1: %2 gezählt an %3 (vorher %4)</translation>
    </message>
    <message>
        <source>%1: %2 counted at %3</source>
        <translation>%1: %2 gezählt an %3</translation>
    </message>
    <message>
        <source>%1. BigCommerce has no item with this SKU (last look-up): check the label. The count is kept.</source>
        <translation>%1. BigCommerce hat keinen Artikel mit dieser SKU (letzte Abfrage): Prüfen Sie das Etikett. Die Zählung bleibt erhalten.</translation>
    </message>
    <message>
        <source>unknown database error</source>
        <translation>unbekannter Datenbankfehler</translation>
    </message>
    <message>
        <source>%1: the count of %2 was not saved: %3. Scan it again.</source>
        <translation>%1: Die Zählung von %2 wurde nicht gespeichert: %3. Scannen Sie erneut.</translation>
    </message>
    <message>
        <source>New count: the next scan of each SKU counts from 1.</source>
        <translation>Neue Zählung: Der nächste Scan jeder SKU zählt ab 1.</translation>
    </message>
    <message>
        <source>Import stock file</source>
        <translation>Bestandsdatei importieren</translation>
    </message>
    <message>
        <source>Stock files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Bestandsdateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Imported %1 into %2: %3 levels; %4 lines with problems were left out.</source>
        <translation>%1 in %2 importiert: %3 Bestände; %4 fehlerhafte Zeilen wurden ausgelassen.</translation>
    </message>
    <message>
        <source>A look-up or push of the stock is still running. Try again when it has finished.</source>
        <translation>Eine Abfrage oder Übertragung des Bestands läuft noch. Versuchen Sie es erneut, wenn sie abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Looking up the SKUs at BigCommerce…</source>
        <translation>SKUs werden bei BigCommerce abgefragt…</translation>
    </message>
    <message>
        <source>Cancelling the look-up…</source>
        <translation>Abfrage wird abgebrochen…</translation>
    </message>
    <message>
        <source>Look-up cancelled.</source>
        <translation>Abfrage abgebrochen.</translation>
    </message>
    <message>
        <source>The look-up stopped: %1</source>
        <translation>Die Abfrage wurde beendet: %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Push to BigCommerce: %1</source>
        <translation>An BigCommerce übertragen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln at an unknown location</source>
        <translation>
            <numerusform>%Ln an einem unbekannten Lagerort</numerusform>
            <numerusform>%Ln an einem unbekannten Lagerort</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not counted: the store has no location %2 (its locations: %3). Set Location to one of them and scan again.</source>
        <translation>%1: nicht gezählt: Der Shop hat keinen Lagerort %2 (seine Lagerorte: %3). Stellen Sie den Lagerort auf einen davon und scannen Sie erneut.</translation>
    </message>
    <message>
        <source>Looking up SKUs at BigCommerce: %1 of %2 (%3)…</source>
        <translation>SKUs werden bei BigCommerce nachgeschlagen: %1 von %2 (%3)…</translation>
    </message>
    <message>
        <source>BigCommerce looked up: %1 to change, %2 already right, %3 (%4).</source>
        <translation>Bei BigCommerce nachgeschlagen: %1 zu ändern, %2 bereits richtig, %3 (%4).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln not looked up yet</source>
        <translation>
            <numerusform>%Ln noch nicht nachgeschlagen</numerusform>
            <numerusform>%Ln noch nicht nachgeschlagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Packbench::StoreForm</name>
    <message>
        <source>e.g. Main shop</source>
        <translation>z. B. Hauptshop</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Store &amp;name:</source>
        <translation>Shop&amp;name:</translation>
    </message>
    <message>
        <source>&amp;API Path:</source>
        <translation>&amp;API Path:</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client ID:</translation>
    </message>
    <message>
        <source>Access &amp;Token:</source>
        <translation>Access &amp;Token:</translation>
    </message>
    <message>
        <source>Client &amp;Secret (optional):</source>
        <translation>Client &amp;Secret (optional):</translation>
    </message>
    <message>
        <source>Secrets are kept in this station&apos;s keychain, never in a file or the database. No username is needed.</source>
        <translation>Zugangsdaten werden im Schlüsselbund dieses Packplatzes aufbewahrt, nie in einer Datei oder in der Datenbank. Ein Benutzername ist nicht nötig.</translation>
    </message>
    <message>
        <source>Order statuses</source>
        <translation>Bestellstatus</translation>
    </message>
    <message>
        <source>Import orders in these statuses (usually Awaiting Fulfillment and Awaiting Shipment):</source>
        <translation>Bestellungen mit diesen Status importieren (meist „Wartet auf Bearbeitung“ und „Wartet auf Versand“):</translation>
    </message>
    <message>
        <source>Orders that reach these statuses in BigCommerce were fulfilled elsewhere and leave the list to ship:</source>
        <translation>Bestellungen, die in BigCommerce einen dieser Status erreichen, wurden anderweitig erledigt und verschwinden aus der Versandliste:</translation>
    </message>
    <message>
        <source>Enable Pickup in Store</source>
        <translation>Pickup in Store aktivieren</translation>
    </message>
    <message>
        <source>Import Channel ID as a tag</source>
        <translation>Kanal-ID als Tag importieren</translation>
    </message>
    <message>
        <source>When the label is printed</source>
        <translation>Wenn das Etikett gedruckt wird</translation>
    </message>
    <message>
        <source>When the parcel is dispatched</source>
        <translation>Wenn das Paket versandt wird</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Orders to be collected in store get the &quot;Pickup in store&quot; carrier and become Awaiting Pickup in BigCommerce when their label is printed.</source>
        <translation>Bestellungen zur Abholung im Laden erhalten den Versanddienstleister „Pickup in store“ und wechseln in BigCommerce auf „Wartet auf Abholung“, sobald ihr Etikett gedruckt wird.</translation>
    </message>
    <message>
        <source>Tags each shipment with its storefront&apos;s channel id (e.g. 2), so rules and filters can tell storefronts apart.</source>
        <translation>Versieht jede Sendung mit der Kanal-ID ihrer Storefront als Tag (z. B. 2), damit Regeln und Filter die Storefronts unterscheiden können.</translation>
    </message>
    <message>
        <source>&amp;Write tracking back:</source>
        <translation>Sendungsverfolgung &amp;zurückmelden:</translation>
    </message>
    <message>
        <source>Creates the shipment with its tracking number in BigCommerce, which marks the order Shipped and emails the customer.</source>
        <translation>Legt die Sendung mit ihrer Sendungsnummer in BigCommerce an; dadurch wird die Bestellung als „Versendet“ markiert und der Kunde per E-Mail benachrichtigt.</translation>
    </message>
    <message>
        <source>Automatic &amp;import every:</source>
        <translation>Automatisch &amp;importieren alle:</translation>
    </message>
    <message>
        <source>Fetches new and changed orders in the background; Off imports only when you ask.</source>
        <translation>Ruft neue und geänderte Bestellungen im Hintergrund ab; bei „Aus“ wird nur auf Anforderung importiert.</translation>
    </message>
    <message>
        <source>The storefront assumed for orders that name none (1 is the main storefront).</source>
        <translation>Die Storefront, die für Bestellungen ohne Angabe angenommen wird (1 ist die Haupt-Storefront).</translation>
    </message>
    <message>
        <source>stored in keychain; type a new token to replace it</source>
        <translation>im Schlüsselbund gespeichert; zum Ersetzen ein neues Token eingeben</translation>
    </message>
    <message>
        <source>type a new secret to replace it</source>
        <translation>zum Ersetzen ein neues Secret eingeben</translation>
    </message>
    <message>
        <source>The token is stored in this station&apos;s keychain.</source>
        <translation>Das Token ist im Schlüsselbund dieses Packplatzes gespeichert.</translation>
    </message>
    <message>
        <source>Token missing on this station: it was entered at another station or the keychain was reset. Enter the access token here and save.</source>
        <translation>Token fehlt an diesem Packplatz: Es wurde an einem anderen Packplatz eingegeben, oder der Schlüsselbund wurde zurückgesetzt. Geben Sie das Access Token hier ein und speichern Sie.</translation>
    </message>
    <message>
        <source>Storefronts: test the connection to list them.</source>
        <translation>Storefronts: Testen Sie die Verbindung, um sie aufzulisten.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Storefronts: %1</source>
        <translation>Storefronts: %1</translation>
    </message>
    <message>
        <source>Copy it from the API account in BigCommerce (Settings &gt; Store-level API accounts).</source>
        <translation>Aus dem API-Konto in BigCommerce kopieren (Settings &gt; Store-level API accounts).</translation>
    </message>
    <message>
        <source>Store hash: %1 (a store on this computer, e.g. the sandbox)</source>
        <translation>Store-Hash: %1 (ein Shop auf diesem Computer, z. B. die Sandbox)</translation>
    </message>
    <message>
        <source>Store hash: %1</source>
        <translation>Store-Hash: %1</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>Access Token</translation>
    </message>
    <message>
        <source>BigCommerce status %1: %2</source>
        <translation>BigCommerce-Status %1: %2</translation>
    </message>
    <message>
        <source>Default c&amp;hannel id:</source>
        <translation>Standard-&amp;Kanal-ID:</translation>
    </message>
    <message>
        <source>Paste the access token of the API account; it is shown only once in BigCommerce.</source>
        <translation>Fügen Sie das Access Token des API-Kontos ein; BigCommerce zeigt es nur einmal an.</translation>
    </message>
</context>
<context>
    <name>Packbench::StoreService</name>
    <message>
        <source>Enter a store name, e.g. the shop&apos;s name, so you can tell stores apart.</source>
        <translation>Geben Sie einen Namen für den Shop ein, z. B. den Namen des Onlineshops, damit Sie die Shops auseinanderhalten können.</translation>
    </message>
    <message>
        <source>The store name is too long (at most 80 characters).</source>
        <translation>Der Shopname ist zu lang (höchstens 80 Zeichen).</translation>
    </message>
    <message>
        <source>The store name contains a control character; type it again.</source>
        <translation>Der Shopname enthält ein Steuerzeichen; geben Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>Geben Sie das %1 ein.</translation>
    </message>
    <message>
        <source>The %1 contains spaces or line breaks. Copy it again as one piece from BigCommerce.</source>
        <translation>Das %1 enthält Leerzeichen oder Zeilenumbrüche. Kopieren Sie es erneut am Stück aus BigCommerce.</translation>
    </message>
    <message>
        <source>The %1 is far too long to be one; copy it again from BigCommerce.</source>
        <translation>Das %1 ist viel zu lang, um gültig zu sein; kopieren Sie es erneut aus BigCommerce.</translation>
    </message>
    <message>
        <source>Enter the Client ID of the API account.</source>
        <translation>Geben Sie die Client ID des API-Kontos ein.</translation>
    </message>
    <message>
        <source>The Client ID contains spaces or line breaks. Copy it again as one piece.</source>
        <translation>Die Client ID enthält Leerzeichen oder Zeilenumbrüche. Kopieren Sie sie erneut am Stück.</translation>
    </message>
    <message>
        <source>Choose at least one order status to import (usually Awaiting Fulfillment).</source>
        <translation>Wählen Sie mindestens einen Bestellstatus für den Import (meist „Wartet auf Bearbeitung“).</translation>
    </message>
    <message>
        <source>%1 is not a BigCommerce order status (0-14).</source>
        <translation>%1 ist kein BigCommerce-Bestellstatus (0-14).</translation>
    </message>
    <message>
        <source>The automatic import interval must be between 1 and 1440 minutes, or off.</source>
        <translation>Das Intervall für den automatischen Import muss zwischen 1 und 1440 Minuten liegen oder ausgeschaltet sein.</translation>
    </message>
    <message>
        <source>The default channel id must be 1 or more.</source>
        <translation>Die Standard-Kanal-ID muss 1 oder größer sein.</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>Access Token</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>A store named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Ein Shop namens „%1“ existiert bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The store could not be saved: %1</source>
        <translation>Der Shop konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>This store no longer exists; it may have been removed at another station.</source>
        <translation>Dieser Shop existiert nicht mehr; er wurde möglicherweise an einem anderen Packplatz entfernt.</translation>
    </message>
    <message>
        <source>The store&apos;s settings could not be saved: %1</source>
        <translation>Die Einstellungen des Shops konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>No such store.</source>
        <translation>Diesen Shop gibt es nicht.</translation>
    </message>
    <message>
        <source>The store could not be removed: %1</source>
        <translation>Der Shop konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>The access token is missing on this station: it was entered at another station or the keychain was reset. Enter it here (Settings &gt; Integrations, or &apos;packbench store token NAME&apos;).</source>
        <translation>Das Access Token fehlt an diesem Packplatz: Es wurde an einem anderen Packplatz eingegeben, oder der Schlüsselbund wurde zurückgesetzt. Geben Sie es hier ein (Einstellungen &gt; Integrationen oder &apos;packbench store token NAME&apos;).</translation>
    </message>
    <message>
        <source>The access token of &quot;%1&quot; is missing on this station. Enter it in Settings &gt; Integrations or with &apos;packbench store token &quot;%1&quot;&apos;.</source>
        <translation>Das Access Token von „%1“ fehlt an diesem Packplatz. Geben Sie es unter Einstellungen &gt; Integrationen ein oder mit &apos;packbench store token &quot;%1&quot;&apos;.</translation>
    </message>
    <message>
        <source>Store hash &quot;%1&quot; is already connected as &quot;%2&quot;; a BigCommerce store can be connected only once. Change the settings of &quot;%2&quot; instead, or remove it first.</source>
        <translation>Der Store-Hash „%1“ ist bereits als „%2“ verbunden; ein BigCommerce-Shop kann nur einmal verbunden werden. Ändern Sie stattdessen die Einstellungen von „%2“, oder entfernen Sie ihn zuerst.</translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) of &quot;%1&quot; still wait to be shipped. Removing the store deletes them together with all its imported orders.</source>
        <translation>
            <numerusform>%n Sendung von „%1“ wartet noch auf den Versand. Wenn Sie den Shop entfernen, wird sie mit allen seinen importierten Bestellungen gelöscht.</numerusform>
            <numerusform>%n Sendungen von „%1“ warten noch auf den Versand. Wenn Sie den Shop entfernen, werden sie mit allen seinen importierten Bestellungen gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Packbench::ViewsPanel</name>
    <message>
        <source>&amp;Views</source>
        <translation>&amp;Ansichten</translation>
    </message>
    <message>
        <source>St&amp;orefronts</source>
        <translation>St&amp;orefronts</translation>
    </message>
    <message>
        <source>S&amp;ave view…</source>
        <translation>Ansicht s&amp;peichern…</translation>
    </message>
    <message>
        <source>Save the current filters as a view of their own</source>
        <translation>Die aktuellen Filter als eigene Ansicht speichern</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Show every storefront again</source>
        <translation>Wieder alle Storefronts anzeigen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>No storefront tags among the shipments these filters show.</source>
        <translation>Die Sendungen, die diese Filter zeigen, haben keine Storefront-Tags.</translation>
    </message>
    <message>
        <source>No storefront tags. Turn on “Import Channel ID as a tag” in Settings &gt; Integrations.</source>
        <translation>Keine Storefront-Tags. Aktivieren Sie „Kanal-ID als Tag importieren“ unter Einstellungen &gt; Integrationen.</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Ansicht speichern…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A storefront (or tag) and how many shown shipments carry it: &quot;Kids (124)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Packbench::WritebackPanel</name>
    <message>
        <source>Write-backs</source>
        <translation>Rückmeldungen</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Reading the write-backs…</source>
        <translation>Rückmeldungen werden gelesen…</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Sendung</translation>
    </message>
    <message>
        <source>Awaiting Pickup</source>
        <translation>Wartet auf Abholung</translation>
    </message>
    <message>
        <source>Void (delete shipment)</source>
        <translation>Stornierung (Sendung löschen)</translation>
    </message>
    <message>
        <source>The write-backs could not be read: %1</source>
        <translation>Die Rückmeldungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n wartet auf das Senden</numerusform>
            <numerusform>%n warten auf das Senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them retrying</source>
        <translation>
            <numerusform>davon wird %n wiederholt</numerusform>
            <numerusform>davon werden %n wiederholt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for dispatch</source>
        <translation>
            <numerusform>%n wartet auf Versand</numerusform>
            <numerusform>%n warten auf Versand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held (pull the parcel)</source>
        <translation>
            <numerusform>%n angehalten (Paket aussortieren)</numerusform>
            <numerusform>%n angehalten (Pakete aussortieren)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting to be written back.</source>
        <translation>Keine Rückmeldungen ausstehend.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1. Failed and held write-backs wait for Retry or Dismiss.</source>
        <comment>counts</comment>
        <translation>%1. Fehlgeschlagene und angehaltene Rückmeldungen warten auf „Wiederholen“ oder „Verwerfen“.</translation>
    </message>
    <message>
        <source>retrying now because %1</source>
        <translation>wird jetzt wiederholt, Grund: %1</translation>
    </message>
    <message>
        <source>%1
Attempts so far: %2</source>
        <translation>%1
Bisherige Versuche: %2</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Send it again now (after fixing the cause in BigCommerce, if there was one)</source>
        <translation>Jetzt erneut senden (nachdem Sie die Ursache in BigCommerce behoben haben, falls es eine gab)</translation>
    </message>
    <message>
        <source>Resolved by hand (e.g. shipped in BigCommerce, or the parcel pulled): nothing more is sent for it</source>
        <translation>Manuell erledigt (z. B. in BigCommerce versendet oder Paket aussortiert): Dafür wird nichts mehr gesendet</translation>
    </message>
    <message>
        <source>it is no longer failed or held</source>
        <translation>sie ist nicht mehr fehlgeschlagen oder angehalten</translation>
    </message>
    <message>
        <source>The write-back was not retried: %1</source>
        <translation>Die Rückmeldung wurde nicht wiederholt: %1</translation>
    </message>
    <message>
        <source>The write-back was not dismissed: %1</source>
        <translation>Die Rückmeldung wurde nicht verworfen: %1</translation>
    </message>
</context>
<context>
    <name>Packbench::WritebackRunner</name>
    <message>
        <source>The stores could not be read: %1</source>
        <translation>Die Shops konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Packbench::WritebackWorker</name>
    <message>
        <source>order #%1 no longer exists in BigCommerce (deleted or archived)</source>
        <translation>Bestellung #%1 existiert in BigCommerce nicht mehr (gelöscht oder archiviert)</translation>
    </message>
    <message>
        <source>read the order</source>
        <translation>Lesen der Bestellung</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>order #%1 was cancelled in BigCommerce after printing (%2): pull the parcel</source>
        <translation>Bestellung #%1 wurde nach dem Druck in BigCommerce storniert (%2): Paket aussortieren</translation>
    </message>
    <message>
        <source>order #%1 was put on hold in BigCommerce after printing (%2): pull the parcel until it is resolved</source>
        <translation>Bestellung #%1 wurde nach dem Druck in BigCommerce zurückgestellt (%2): Paket aussortieren, bis das geklärt ist</translation>
    </message>
    <message>
        <source>list the order&apos;s shipments</source>
        <translation>Auflisten der Sendungen der Bestellung</translation>
    </message>
    <message>
        <source>create the shipment</source>
        <translation>Anlegen der Sendung</translation>
    </message>
    <message>
        <source>set the order to Awaiting Pickup</source>
        <translation>Setzen der Bestellung auf „Wartet auf Abholung“</translation>
    </message>
    <message>
        <source>delete the BigCommerce shipment</source>
        <translation>Löschen der BigCommerce-Sendung</translation>
    </message>
    <message>
        <source>put the order back to its status</source>
        <translation>Zurücksetzen der Bestellung auf ihren Status</translation>
    </message>
    <message>
        <source>Orders: modify</source>
        <translation>Orders: modify</translation>
    </message>
    <message>
        <source>the checks before sending took too long to send it safely now; it is checked again before it is sent</source>
        <translation>die Prüfungen vor dem Senden dauerten zu lange, um es jetzt sicher zu senden; es wird vor dem Senden erneut geprüft</translation>
    </message>
</context>
<context>
    <name>PendingLabelFile</name>
    <message>
        <source>No label was written.</source>
        <translation>Es wurde kein Etikett geschrieben.</translation>
    </message>
</context>
<context>
    <name>PrintCommand</name>
    <message>
        <source>Where the label goes: FILE.pdf, FILE.png or FILE.zpl, or ZPL straight to a printer: tcp://HOST[:9100] or cups:QUEUE.</source>
        <translation>Ziel des Etiketts: FILE.pdf, FILE.png oder FILE.zpl, oder ZPL direkt an einen Drucker: tcp://HOST[:9100] oder cups:QUEUE.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Label size: 4x6 (default) or a6.</source>
        <translation>Etikettengröße: 4x6 (Standard) oder a6.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>ZPL printer resolution: 203 (default) or 300.</source>
        <translation>Auflösung des ZPL-Druckers: 203 (Standard) oder 300.</translation>
    </message>
    <message>
        <source>DPI</source>
        <translation>DPI</translation>
    </message>
    <message>
        <source>Add the packing slip (and customs data abroad) after the labels.</source>
        <translation>Nach den Etiketten den Lieferschein anfügen (bei Auslandssendungen mit Zolldaten).</translation>
    </message>
    <message>
        <source>--output is required: FILE.pdf, FILE.png, FILE.zpl, tcp://HOST:9100 or cups:QUEUE.</source>
        <translation>--output ist erforderlich: FILE.pdf, FILE.png, FILE.zpl, tcp://HOST:9100 oder cups:QUEUE.</translation>
    </message>
    <message>
        <source>--size takes 4x6 or a6.</source>
        <translation>--size erwartet 4x6 oder a6.</translation>
    </message>
    <message>
        <source>--dpi takes 203 or 300.</source>
        <translation>--dpi erwartet 203 oder 300.</translation>
    </message>
    <message>
        <source>order %1 is in several stores: add --store NAME.</source>
        <translation>Bestellung %1 gibt es in mehreren Shops: Geben Sie --store NAME an.</translation>
    </message>
    <message>
        <source>no shipment of order %1. &apos;packbench why --store NAME --order %1&apos; says why.</source>
        <translation>keine Sendung für Bestellung %1. &apos;packbench why --store NAME --order %1&apos; nennt den Grund.</translation>
    </message>
    <message>
        <source>order %1 has no shipment %2.</source>
        <translation>Bestellung %1 hat keine Sendung %2.</translation>
    </message>
    <message>
        <source>order %1 has %2 shipments %3: add --shipment with one of %4.</source>
        <extracomment>%3 is what the command does (&quot;to print&quot;), %4 the choices, e.g. &quot;shipping:99, shipping:100&quot;.</extracomment>
        <translation>Bestellung %1: %2 Sendungen %3; geben Sie mit --shipment eine davon an: %4.</translation>
    </message>
    <message>
        <source>write-back %1</source>
        <translation>Rückmeldung %1</translation>
    </message>
    <message>
        <source>Write-back: %1</source>
        <translation>Rückmeldung: %1</translation>
    </message>
    <message>
        <source>  print --order ID --output FILE [--store NAME] [--shipment ID] [--items ID:QTY,...] [--carrier NAME]
        [--tracking NUMBER] [--parcels N] [--wait]   print a label and queue its write-back
  reprint --order ID --output FILE [--store NAME]   the same label again; nothing is written back
  void --order ID [--store NAME]    undo a print (and its write-back)
  writeback [--wait] [--json] [--list] [--retry ID|all] [--dismiss ID]   send write-backs now
  dispatch [--store NAME] [--order ID]...   write back what was printed (end of day)
  carrier add|set|list|remove       carriers and tracking numbers (carrier --help)
</source>
        <translation>  print --order ID --output FILE [--store NAME] [--shipment ID] [--items ID:QTY,...] [--carrier NAME]
        [--tracking NUMBER] [--parcels N] [--wait]   ein Etikett drucken und seine Rückmeldung einreihen
  reprint --order ID --output FILE [--store NAME]   dasselbe Etikett erneut; es wird nichts zurückgemeldet
  void --order ID [--store NAME]    einen Druck (und seine Rückmeldung) rückgängig machen
  writeback [--wait] [--json] [--list] [--retry ID|all] [--dismiss ID]   Rückmeldungen jetzt senden
  dispatch [--store NAME] [--order ID]...   Gedrucktes zurückmelden (Tagesabschluss)
  carrier add|set|list|remove       Versanddienstleister und Sendungsnummern (carrier --help)
</translation>
    </message>
    <message>
        <source>The BigCommerce order number.</source>
        <translation>Die BigCommerce-Bestellnummer.</translation>
    </message>
    <message>
        <source>ORDER_ID</source>
        <translation>ORDER_ID</translation>
    </message>
    <message>
        <source>The store the order belongs to.</source>
        <translation>Der Shop, zu dem die Bestellung gehört.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Which of the order&apos;s shipments: its id or consignment, e.g. shipping:99.</source>
        <translation>Welche Sendung der Bestellung: ihre ID oder Lieferung, z. B. shipping:99.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Ship only these items and quantities (a split): ORDER_PRODUCT_ID:QTY,...</source>
        <translation>Nur diese Artikel und Mengen versenden (Teillieferung): ORDER_PRODUCT_ID:QTY,...</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>The carrier, by name (default: the account&apos;s).</source>
        <translation>Der Versanddienstleister, nach Name (Standard: der des Kontos).</translation>
    </message>
    <message>
        <source>The carrier&apos;s tracking number (manual carriers).</source>
        <translation>Die Sendungsnummer des Versanddienstleisters (manuelle Versanddienstleister).</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>Number of parcels (labels), 1-99.</source>
        <translation>Anzahl der Pakete (Etiketten), 1-99.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Wait for the write-back&apos;s outcome.</source>
        <translation>Auf das Ergebnis der Rückmeldung warten.</translation>
    </message>
    <message>
        <source>Usage: packbench print --order ORDER_ID --output FILE [options]</source>
        <translation>Aufruf: packbench print --order ORDER_ID --output FILE [Optionen]</translation>
    </message>
    <message>
        <source>--order takes an order number, e.g. 1042.</source>
        <translation>--order erwartet eine Bestellnummer, z. B. 1042.</translation>
    </message>
    <message>
        <source>--items takes ORDER_PRODUCT_ID:QUANTITY pairs separated by commas, e.g. 5:1,6:2.</source>
        <translation>--items erwartet durch Kommas getrennte Paare ORDER_PRODUCT_ID:QUANTITY, z. B. 5:1,6:2.</translation>
    </message>
    <message>
        <source>--parcels takes a number from 1 to 99.</source>
        <translation>--parcels erwartet eine Zahl von 1 bis 99.</translation>
    </message>
    <message>
        <source>no carrier named &quot;%1&quot;. &apos;packbench carrier list&apos; shows the carriers.</source>
        <translation>kein Versanddienstleister namens „%1“. &apos;packbench carrier list&apos; zeigt die Versanddienstleister an.</translation>
    </message>
    <message>
        <source>to print</source>
        <translation>zu drucken</translation>
    </message>
    <message>
        <source>the shipment is printed and its write-back queued; print the label again with &apos;packbench reprint&apos;.</source>
        <translation>die Sendung ist gedruckt und ihre Rückmeldung eingereiht; drucken Sie das Etikett mit &apos;packbench reprint&apos; erneut.</translation>
    </message>
    <message>
        <source>no tracking number</source>
        <translation>keine Sendungsnummer</translation>
    </message>
    <message>
        <source>Printed order %1 (%2): %3.</source>
        <translation>Bestellung %1 (%2) gedruckt: %3.</translation>
    </message>
    <message>
        <source>Nothing is written back: %1.</source>
        <translation>Es wird nichts zurückgemeldet: %1.</translation>
    </message>
    <message>
        <source>The write-back waits for &apos;packbench dispatch&apos;.</source>
        <translation>Die Rückmeldung wartet auf &apos;packbench dispatch&apos;.</translation>
    </message>
    <message>
        <source>Which of the order&apos;s printed shipments.</source>
        <translation>Welche der gedruckten Sendungen der Bestellung.</translation>
    </message>
    <message>
        <source>Usage: packbench reprint --order ORDER_ID --output FILE [--store NAME]</source>
        <translation>Aufruf: packbench reprint --order ORDER_ID --output FILE [--store NAME]</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>gedruckt</translation>
    </message>
    <message>
        <source>Reprinted order %1; nothing was written back.</source>
        <translation>Bestellung %1 nachgedruckt; es wurde nichts zurückgemeldet.</translation>
    </message>
    <message>
        <source>Wait until BigCommerce has the void too.</source>
        <translation>Warten, bis die Stornierung auch in BigCommerce angekommen ist.</translation>
    </message>
    <message>
        <source>Usage: packbench void --order ORDER_ID [--store NAME] [--shipment ID] [--wait]</source>
        <translation>Aufruf: packbench void --order ORDER_ID [--store NAME] [--shipment ID] [--wait]</translation>
    </message>
    <message>
        <source>Voided order %1: it is to ship again. %2</source>
        <translation>Bestellung %1 storniert: Sie ist wieder zu versenden. %2</translation>
    </message>
    <message>
        <source>Keep going until nothing is queued or retrying (retries wait for their time).</source>
        <translation>Weiterlaufen, bis nichts mehr in der Warteschlange ist oder wiederholt wird (Wiederholungen warten auf ihren Zeitpunkt).</translation>
    </message>
    <message>
        <source>Print the counts as JSON.</source>
        <translation>Die Anzahlen als JSON ausgeben.</translation>
    </message>
    <message>
        <source>List the write-backs that are not done, newest first.</source>
        <translation>Die nicht abgeschlossenen Rückmeldungen auflisten, neueste zuerst.</translation>
    </message>
    <message>
        <source>Try a failed or held write-back again (or all).</source>
        <translation>Eine fehlgeschlagene oder angehaltene Rückmeldung (oder alle) erneut versuchen.</translation>
    </message>
    <message>
        <source>Dismiss a failed or held write-back once it is resolved by hand.</source>
        <translation>Eine fehlgeschlagene oder angehaltene Rückmeldung verwerfen, sobald sie manuell erledigt ist.</translation>
    </message>
    <message>
        <source>Usage: packbench writeback [--wait] [--json] [--list] [--retry ID|all] [--dismiss ID]</source>
        <translation>Aufruf: packbench writeback [--wait] [--json] [--list] [--retry ID|all] [--dismiss ID]</translation>
    </message>
    <message>
        <source>no write-back %1.</source>
        <translation>keine Rückmeldung %1.</translation>
    </message>
    <message>
        <source>%1  %2 order %3  %4</source>
        <translation>%1  %2 Bestellung %3  %4</translation>
    </message>
    <message>
        <source>%1 sent, %2 queued, %3 retrying, %4 failed, %5 held, %6 waiting for dispatch.</source>
        <translation>%1 gesendet, %2 in der Warteschlange, %3 in Wiederholung, %4 fehlgeschlagen, %5 angehalten, %6 warten auf Versand.</translation>
    </message>
    <message>
        <source>Only this store.</source>
        <translation>Nur dieser Shop.</translation>
    </message>
    <message>
        <source>Only this order (repeat for several).</source>
        <translation>Nur diese Bestellung (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>Send the write-backs now and wait for them.</source>
        <translation>Die Rückmeldungen jetzt senden und auf sie warten.</translation>
    </message>
    <message>
        <source>Usage: packbench dispatch [--store NAME] [--order ID]... [--wait]</source>
        <translation>Aufruf: packbench dispatch [--store NAME] [--order ID]... [--wait]</translation>
    </message>
    <message numerus="yes">
        <source>%n write-back(s) queued for BigCommerce.</source>
        <translation>
            <numerusform>%n Rückmeldung für BigCommerce eingereiht.</numerusform>
            <numerusform>%n Rückmeldungen für BigCommerce eingereiht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The carrier&apos;s name.</source>
        <translation>Name des Versanddienstleisters.</translation>
    </message>
    <message>
        <source>own-sequence or manual.</source>
        <translation>own-sequence oder manual.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Own sequence: two letters before the number.</source>
        <translation>Eigener Nummernkreis: zwei Buchstaben vor der Nummer.</translation>
    </message>
    <message>
        <source>XX</source>
        <translation>XX</translation>
    </message>
    <message>
        <source>Own sequence: two letters after the number.</source>
        <translation>Eigener Nummernkreis: zwei Buchstaben nach der Nummer.</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Tracking link template with {tracking}, e.g. https://track.example/{tracking}.</source>
        <translation>Vorlage für den Tracking-Link mit {tracking}, z. B. https://track.example/{tracking}.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>BigCommerce shipping provider code, e.g. auspost.</source>
        <translation>Code des BigCommerce-Versandanbieters, z. B. auspost.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Tracking carrier code (AfterShip), e.g. dhl.</source>
        <translation>Code des Tracking-Dienstleisters (AfterShip), z. B. dhl.</translation>
    </message>
    <message>
        <source>Print as JSON.</source>
        <translation>Als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Usage: packbench carrier add --name NAME [--kind own-sequence|manual] [options] | carrier set NAME [options] | carrier list [--json] | carrier remove NAME</source>
        <translation>Aufruf: packbench carrier add --name NAME [--kind own-sequence|manual] [Optionen] | carrier set NAME [Optionen] | carrier list [--json] | carrier remove NAME</translation>
    </message>
    <message>
        <source>--kind takes own-sequence or manual.</source>
        <translation>--kind erwartet own-sequence oder manual.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Cannot create the profile folder %1. Check that the disk is not full and that you may write there, or choose another folder with --profile.</source>
        <translation>Der Profilordner %1 kann nicht angelegt werden. Prüfen Sie, ob der Datenträger voll ist und ob Sie dort schreiben dürfen, oder wählen Sie mit --profile einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The profile folder %1 is not writable. Fix its permissions or choose another folder with --profile.</source>
        <translation>In den Profilordner %1 kann nicht geschrieben werden. Korrigieren Sie seine Berechtigungen oder wählen Sie mit --profile einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>Rule</name>
    <message>
        <source>the conditions are not a JSON array: %1</source>
        <translation>die Bedingungen sind kein JSON-Array: %1</translation>
    </message>
</context>
<context>
    <name>RuleCommand</name>
    <message>
        <source>no rule named &quot;%1&quot;. &apos;packbench rule list&apos; shows the rules.</source>
        <translation>keine Regel namens „%1“. &apos;packbench rule list&apos; zeigt die Regeln an.</translation>
    </message>
    <message>
        <source>--then takes account=NAME or tag=TEXT, e.g. --then &quot;account=Kids Warehouse&quot;; &quot;%1&quot; is neither.</source>
        <translation>--then erwartet account=NAME oder tag=TEXT, z. B. --then &quot;account=Kids Warehouse&quot;; „%1“ ist keins von beiden.</translation>
    </message>
    <message>
        <source>Name of the rule.</source>
        <translation>Name der Regel.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>A condition, FIELD OP VALUE: field tag, store, country, weight, sku, atl or items; operator =, !=, &lt;, &lt;=, &gt;, &gt;= or ~ (contains). Several --if: all must hold.</source>
        <translation>Eine Bedingung, FELD OP WERT: Feld tag, store, country, weight, sku, atl oder items; Operator =, !=, &lt;, &lt;=, &gt;, &gt;= oder ~ (enthält). Mehrere --if: Alle müssen zutreffen.</translation>
    </message>
    <message>
        <source>CONDITION</source>
        <translation>CONDITION</translation>
    </message>
    <message>
        <source>What the rule does: account=NAME (route to that account) or tag=TEXT (add a tag).</source>
        <translation>Was die Regel tut: account=NAME (diesem Konto zuweisen) oder tag=TEXT (ein Tag hinzufügen).</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>Where the rule goes, 1 = first (default: last).</source>
        <translation>Position der Regel, 1 = erste (Standard: letzte).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Usage: packbench rule add --name NAME --if CONDITION [--if ...] --then account=NAME|tag=TEXT [--position N]</source>
        <translation>Aufruf: packbench rule add --name NAME --if CONDITION [--if ...] --then account=NAME|tag=TEXT [--position N]</translation>
    </message>
    <message>
        <source>--position takes a number from 1 (first).</source>
        <translation>--position erwartet eine Zahl ab 1 (erste).</translation>
    </message>
    <message>
        <source>no account named &quot;%1&quot;. &apos;packbench account list&apos; shows the accounts; &apos;packbench account add --name NAME&apos; adds one.</source>
        <translation>kein Konto namens „%1“. &apos;packbench account list&apos; zeigt die Konten an; &apos;packbench account add --name NAME&apos; fügt eines hinzu.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; added at position %2. It applies to shipments imported from now on; &apos;packbench rule apply&apos; runs the rules over those waiting to ship.</source>
        <translation>Regel „%1“ an Position %2 hinzugefügt. Sie gilt für alle ab jetzt importierten Sendungen; &apos;packbench rule apply&apos; wendet die Regeln auf die Sendungen an, die auf den Versand warten.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Usage: packbench rule list [--json]</source>
        <translation>Aufruf: packbench rule list [--json]</translation>
    </message>
    <message>
        <source>No rules. Add one with: packbench rule add --name NAME --if CONDITION --then account=NAME|tag=TEXT</source>
        <translation>Keine Regeln. Fügen Sie eine hinzu mit: packbench rule add --name NAME --if CONDITION --then account=NAME|tag=TEXT</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>if %1</source>
        <translation>wenn %1</translation>
    </message>
    <message>
        <source>then %1</source>
        <translation>dann %1</translation>
    </message>
    <message>
        <source>Usage: packbench rule remove NAME</source>
        <translation>Aufruf: packbench rule remove NAME</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; removed. Shipments keep what it did until the rules are applied again (&apos;packbench rule apply&apos;).</source>
        <translation>Regel „%1“ entfernt. Sendungen behalten, was sie bewirkt hat, bis die Regeln erneut angewendet werden (&apos;packbench rule apply&apos;).</translation>
    </message>
    <message>
        <source>The new position, 1 = first.</source>
        <translation>Die neue Position, 1 = erste.</translation>
    </message>
    <message>
        <source>Usage: packbench rule move NAME --position N</source>
        <translation>Aufruf: packbench rule move NAME --position N</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; is at position %2.</source>
        <translation>Regel „%1“ steht an Position %2.</translation>
    </message>
    <message>
        <source>Only the shipments of this store.</source>
        <translation>Nur die Sendungen dieses Shops.</translation>
    </message>
    <message>
        <source>Usage: packbench rule apply [--store NAME] [--json]</source>
        <translation>Aufruf: packbench rule apply [--store NAME] [--json]</translation>
    </message>
    <message>
        <source>Rules applied to %1 shipment(s) waiting to ship or on hold; %2 changed.</source>
        <translation>Regeln auf %1 Sendung(en) angewendet, die auf den Versand warten oder zurückgestellt sind; %2 geändert.</translation>
    </message>
    <message>
        <source>  rule add --name NAME --if CONDITION [--if ...] --then account=NAME|tag=TEXT [--position N]
                                    add a rule (CONDITION: FIELD OP VALUE, e.g. tag=2, weight&gt;2.5)
  rule list [--json]                the rules in the order they run
  rule remove NAME                  remove a rule
  rule move NAME --position N       change where a rule runs
  rule apply [--store NAME]         run the rules over the shipments waiting to ship
</source>
        <translation>  rule add --name NAME --if CONDITION [--if ...] --then account=NAME|tag=TEXT [--position N]
                                    eine Regel hinzufügen (CONDITION: FELD OP WERT, z. B. tag=2, weight&gt;2.5)
  rule list [--json]                die Regeln in der Reihenfolge, in der sie laufen
  rule remove NAME                  eine Regel entfernen
  rule move NAME --position N       die Position einer Regel ändern
  rule apply [--store NAME]         die Regeln auf die Sendungen anwenden, die auf den Versand warten
</translation>
    </message>
</context>
<context>
    <name>RuleCondition</name>
    <message>
        <source>A condition is empty: write a field, an operator and a value, e.g. tag=2.</source>
        <translation>Eine Bedingung ist leer: Geben Sie ein Feld, einen Operator und einen Wert an, z. B. tag=2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with a field: use tag, store, country, weight, sku, atl or items, e.g. tag=2.</source>
        <translation>„%1“ beginnt nicht mit einem Feld: Verwenden Sie tag, store, country, weight, sku, atl oder items, z. B. tag=2.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; in &quot;%2&quot;: use tag, store, country, weight, sku, atl or items.</source>
        <translation>Unbekanntes Feld „%1“ in „%2“: Verwenden Sie tag, store, country, weight, sku, atl oder items.</translation>
    </message>
    <message>
        <source>No operator in &quot;%1&quot;: put =, !=, &lt;, &lt;=, &gt;, &gt;= or ~ between %2 and the value, e.g. %2=VALUE.</source>
        <translation>Kein Operator in „%1“: Setzen Sie =, !=, &lt;, &lt;=, &gt;, &gt;= oder ~ zwischen %2 und den Wert, z. B. %2=WERT.</translation>
    </message>
    <message>
        <source>No value in &quot;%1&quot;: write one after the operator, e.g. %2%3VALUE.</source>
        <translation>Kein Wert in „%1“: Geben Sie nach dem Operator einen Wert an, z. B. %2%3WERT.</translation>
    </message>
    <message>
        <source>&quot;~&quot; (contains) looks for text: compare %1 with =, !=, &lt;, &lt;=, &gt; or &gt;= in &quot;%2&quot;.</source>
        <translation>„~“ (enthält) sucht nach Text: Vergleichen Sie %1 in „%2“ mit =, !=, &lt;, &lt;=, &gt; oder &gt;=.</translation>
    </message>
    <message>
        <source>weight takes a number (with a point for decimals) in &quot;%1&quot;, e.g. weight&gt;2.5.</source>
        <translation>weight erwartet in „%1“ eine Zahl (mit Punkt als Dezimaltrennzeichen), z. B. weight&gt;2.5.</translation>
    </message>
    <message>
        <source>items takes a whole number in &quot;%1&quot;, e.g. items&gt;=2.</source>
        <translation>items erwartet in „%1“ eine ganze Zahl, z. B. items&gt;=2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; compares numbers: use it with weight or items, not with %2 in &quot;%3&quot;.</source>
        <translation>„%1“ vergleicht Zahlen: Verwenden Sie es mit weight oder items, nicht mit %2 in „%3“.</translation>
    </message>
    <message>
        <source>atl takes = or != in &quot;%1&quot;, e.g. atl=yes.</source>
        <translation>atl erwartet in „%1“ = oder !=, z. B. atl=yes.</translation>
    </message>
    <message>
        <source>atl takes yes, no or signature in &quot;%1&quot;.</source>
        <translation>atl erwartet in „%1“ yes, no oder signature.</translation>
    </message>
    <message>
        <source>country takes a two-letter country code in &quot;%1&quot;, e.g. country=NZ.</source>
        <translation>country erwartet in „%1“ einen zweistelligen Ländercode, z. B. country=NZ.</translation>
    </message>
</context>
<context>
    <name>RuleRepository</name>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>unbekannte Aktion „%1“</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; cannot be read (%2). Remove it and add it again.</source>
        <translation>Die Regel „%1“ kann nicht gelesen werden (%2). Entfernen Sie sie und fügen Sie sie erneut hinzu.</translation>
    </message>
    <message>
        <source>A rule needs a name.</source>
        <translation>Eine Regel braucht einen Namen.</translation>
    </message>
    <message>
        <source>A rule named &quot;%1&quot; already exists.</source>
        <translation>Eine Regel namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; adds a tag but has no tag text.</source>
        <translation>Die Regel „%1“ fügt ein Tag hinzu, hat aber keinen Tag-Text.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; routes to an account that does not exist.</source>
        <translation>Die Regel „%1“ weist Sendungen einem Konto zu, das nicht existiert.</translation>
    </message>
    <message>
        <source>The new rule has no id.</source>
        <translation>Die neue Regel hat keine ID.</translation>
    </message>
    <message>
        <source>Rule positions start at 1.</source>
        <translation>Regelpositionen beginnen bei 1.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; no longer exists.</source>
        <translation>Die Regel „%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <source>There is no rule named &quot;%1&quot;.</source>
        <translation>Es gibt keine Regel namens „%1“.</translation>
    </message>
</context>
<context>
    <name>ShipmentRepository</name>
    <message>
        <source>no shipping address or pickup: nothing to ship</source>
        <translation>keine Lieferadresse und keine Abholung: nichts zu versenden</translation>
    </message>
    <message>
        <source>BigCommerce no longer lists this consignment after printing</source>
        <translation>BigCommerce führt diese Lieferung nach dem Druck nicht mehr</translation>
    </message>
    <message>
        <source>the store &quot;%1&quot; was removed while it was being imported; nothing more was saved for it</source>
        <translation>der Shop „%1“ wurde während des Imports entfernt; für ihn wurde nichts mehr gespeichert</translation>
    </message>
</context>
<context>
    <name>ShipmentsCommand</name>
    <message>
        <source>Only this store.</source>
        <translation>Nur dieser Shop.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <source>Only this state: to-ship, printed, written-back, write-back-failed, elsewhere, cancelled, on-hold.</source>
        <translation>Nur dieser Zustand: to-ship, printed, written-back, write-back-failed, elsewhere, cancelled, on-hold.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>Order number or its start (113, #1136), or any text the grid shows: customer, company, city, region, postcode, country, pickup location, SKU, product name, storefront. Upper and lower case are the same.</source>
        <translation>Bestellnummer oder ihr Anfang (113, #1136) oder ein Text, den die Tabelle zeigt: Kunde, Firma, Ort, Region, Postleitzahl, Land, Abholort, SKU, Produktname, Storefront. Groß- und Kleinschreibung spielen keine Rolle.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot;.</source>
        <translation>unbekannter Zustand „%1“.</translation>
    </message>
    <message>
        <source>no store named &quot;%1&quot;.</source>
        <translation>kein Shop namens „%1“.</translation>
    </message>
    <message>
        <source>No shipments match.</source>
        <translation>Keine Sendungen gefunden.</translation>
    </message>
    <message>
        <source>  shipments [--store NAME] [--tag TAG]... [--account NAME] [--state STATE] [--atl] [--country CC]
            [--from DATE] [--to DATE] [--view NAME] [--search TEXT] [--json]
                                    list imported shipments (several --tag: any of them)
</source>
        <translation>  shipments [--store NAME] [--tag TAG]... [--account NAME] [--state STATE] [--atl] [--country CC]
            [--from DATE] [--to DATE] [--view NAME] [--search TEXT] [--json]
                                    importierte Sendungen auflisten (mehrere --tag: eines davon)
</translation>
    </message>
    <message>
        <source>Only shipments with this tag; repeated: with any of these tags.</source>
        <translation>Nur Sendungen mit diesem Tag; mehrfach angegeben: mit einem dieser Tags.</translation>
    </message>
    <message>
        <source>Only shipments of this sending account.</source>
        <translation>Nur Sendungen dieses Versandkontos.</translation>
    </message>
    <message>
        <source>Only shipments the customer lets be left without a signature (authority to leave).</source>
        <translation>Nur Sendungen, die laut Kunde ohne Unterschrift abgestellt werden dürfen (Abstellgenehmigung).</translation>
    </message>
    <message>
        <source>Only shipments to this country (two-letter code, e.g. NZ).</source>
        <translation>Nur Sendungen in dieses Land (zweistelliger Ländercode, z. B. NZ).</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Only orders placed on or after this day (YYYY-MM-DD).</source>
        <translation>Nur Bestellungen, die an oder nach diesem Tag aufgegeben wurden (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Only orders placed on or before this day (YYYY-MM-DD).</source>
        <translation>Nur Bestellungen, die an oder vor diesem Tag aufgegeben wurden (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Start from a saved view (by name) or a built-in one (to-ship, printed, written-back, write-back-failed, elsewhere, cancelled, on-hold, all); the other options narrow it.</source>
        <translation>Von einer gespeicherten Ansicht (nach Name) oder einer vordefinierten (to-ship, printed, written-back, write-back-failed, elsewhere, cancelled, on-hold, all) ausgehen; die übrigen Optionen schränken sie weiter ein.</translation>
    </message>
    <message>
        <source>Usage: packbench shipments [--store NAME] [--tag TAG]... [--account NAME] [--state STATE] [--atl] [--country CC] [--from DATE] [--to DATE] [--view NAME] [--search TEXT] [--json]</source>
        <translation>Aufruf: packbench shipments [--store NAME] [--tag TAG]... [--account NAME] [--state STATE] [--atl] [--country CC] [--from DATE] [--to DATE] [--view NAME] [--search TEXT] [--json]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; use YYYY-MM-DD, e.g. 2026-11-29.</source>
        <translation>„%1“ ist kein Datum; verwenden Sie JJJJ-MM-TT, z. B. 2026-11-29.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code; use the two-letter code, e.g. NZ or DE.</source>
        <translation>„%1“ ist kein Ländercode; verwenden Sie den zweistelligen Code, z. B. NZ oder DE.</translation>
    </message>
    <message>
        <source>no view named &quot;%1&quot;. Saved views are made in the window (Save view); built-in ones: to-ship, printed, written-back, write-back-failed, elsewhere, cancelled, on-hold, all.</source>
        <translation>keine Ansicht namens „%1“. Gespeicherte Ansichten werden im Fenster angelegt („Ansicht speichern“); vordefinierte: to-ship, printed, written-back, write-back-failed, elsewhere, cancelled, on-hold, all.</translation>
    </message>
    <message>
        <source>no account named &quot;%1&quot; (see packbench account list).</source>
        <translation>kein Konto namens „%1“ (siehe packbench account list).</translation>
    </message>
</context>
<context>
    <name>StockCommand</name>
    <message>
        <source>no store is connected. Add one with &apos;packbench store add&apos;.</source>
        <translation>Kein Shop ist verbunden. Fügen Sie einen mit &apos;packbench store add&apos; hinzu.</translation>
    </message>
    <message>
        <source>name the store with --store NAME: %1.</source>
        <translation>Geben Sie den Shop mit --store NAME an: %1.</translation>
    </message>
    <message>
        <source>--location takes a BigCommerce location id, e.g. 1.</source>
        <translation>--location erwartet eine BigCommerce-Lagerort-ID, z. B. 1.</translation>
    </message>
    <message>
        <source>pushed</source>
        <translation>übertragen</translation>
    </message>
    <message>
        <source>pushed by product id %1</source>
        <translation>über Produkt-ID %1 übertragen</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>nicht gesendet: %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>SKU %1 at location %2</source>
        <translation>SKU %1 an Lagerort %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to push: %n level(s) already right in BigCommerce.</source>
        <translation>
            <numerusform>Nichts zu übertragen: %n Bestand bereits korrekt in BigCommerce.</numerusform>
            <numerusform>Nichts zu übertragen: %n Bestände bereits korrekt in BigCommerce.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was pushed.</source>
        <translation>Es wurde nichts übertragen.</translation>
    </message>
    <message>
        <source>Would push (dry run, nothing sent):</source>
        <translation>Würde übertragen (Probelauf, nichts gesendet):</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Änderungen:</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lagerort</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <source>Pushing</source>
        <translation>Wird übertragen</translation>
    </message>
    <message>
        <source>BigCommerce now</source>
        <translation>BigCommerce aktuell</translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>Ergebnisse:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <source>%1 to push, %2 already right, problems: %3; %4 requests in %5 s.</source>
        <translation>%1 zu übertragen, %2 bereits korrekt, Probleme: %3; %4 Anfragen in %5 s.</translation>
    </message>
    <message>
        <source>%1 pushed, %2 refused, %3 already right, problems: %4; %5 requests in %6 s.</source>
        <translation>%1 übertragen, %2 abgelehnt, %3 bereits korrekt, Probleme: %4; %5 Anfragen in %6 s.</translation>
    </message>
    <message>
        <source>The store the levels are for (needed with several stores).</source>
        <translation>Der Shop, für den die Bestände gelten (bei mehreren Shops erforderlich).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The column with the SKU (default: sku).</source>
        <translation>Die Spalte mit der SKU (Standard: sku).</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>SPALTE</translation>
    </message>
    <message>
        <source>The column with the quantity (default: quantity).</source>
        <translation>Die Spalte mit der Menge (Standard: quantity).</translation>
    </message>
    <message>
        <source>The column with the BigCommerce location id (default: location; optional).</source>
        <translation>Die Spalte mit der BigCommerce-Lagerort-ID (Standard: location; optional).</translation>
    </message>
    <message>
        <source>The location of lines without a location column (default: 1, the default location).</source>
        <translation>Der Lagerort für Zeilen ohne Lagerort-Spalte (Standard: 1, der Standard-Lagerort).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Usage: packbench stock import FILE.csv [--store NAME] [--sku-column C] [--quantity-column C] [--location-column C] [--location ID]</source>
        <translation>Aufruf: packbench stock import DATEI.csv [--store NAME] [--sku-column S] [--quantity-column S] [--location-column S] [--location ID]</translation>
    </message>
    <message>
        <source>no stock file &quot;%1&quot;. Check the path.</source>
        <translation>Keine Bestandsdatei „%1“. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>The stock levels could not be saved: %1</source>
        <translation>Die Bestände konnten nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n stock level(s) imported from %1 for %2.</source>
        <extracomment>%1 is the file&apos;s name, %2 the store&apos;s name.</extracomment>
        <translation>
            <numerusform>%n Bestand aus %1 für %2 importiert.</numerusform>
            <numerusform>%n Bestände aus %1 für %2 importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) left out; correct them and import the file again:</source>
        <translation>
            <numerusform>%n Zeile ausgelassen; korrigieren Sie sie und importieren Sie die Datei erneut:</numerusform>
            <numerusform>%n Zeilen ausgelassen; korrigieren Sie sie und importieren Sie die Datei erneut:</numerusform>
        </translation>
    </message>
    <message>
        <source>Push to this store.</source>
        <translation>An diesen Shop übertragen.</translation>
    </message>
    <message>
        <source>The store&apos;s default location, where stock allocated to shipments is subtracted first (default: 1).</source>
        <translation>Der Standard-Lagerort des Shops, von dem Bestand, der Sendungen zugeordnet ist, zuerst abgezogen wird (Standard: 1).</translation>
    </message>
    <message>
        <source>Look up and show what would change; send nothing.</source>
        <translation>Abfragen und anzeigen, was sich ändern würde; nichts senden.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Usage: packbench stock push --store NAME [--location ID] [--dry-run] [--json]</source>
        <translation>Aufruf: packbench stock push --store NAME [--location ID] [--dry-run] [--json]</translation>
    </message>
    <message>
        <source>Looking up %1 of %2 SKUs, %3 requests</source>
        <translation>%1 von %2 SKUs werden abgefragt, %3 Anfragen</translation>
    </message>
    <message>
        <source>Pushing %1 of %2 levels, %3 requests</source>
        <translation>%1 von %2 Beständen werden übertragen, %3 Anfragen</translation>
    </message>
    <message>
        <source>  stock import FILE.csv [--store NAME] [--sku-column C] [--quantity-column C] [--location-column C]
               [--location ID]      the warehouse&apos;s stock levels from a CSV file
  stock push --store NAME [--location ID] [--dry-run] [--json]
                                    push the levels that differ to BigCommerce
</source>
        <translation>  stock import DATEI.csv [--store NAME] [--sku-column S] [--quantity-column S] [--location-column S]
               [--location ID]      die Bestände des Lagers aus einer CSV-Datei
  stock push --store NAME [--location ID] [--dry-run] [--json]
                                    abweichende Bestände an BigCommerce übertragen
</translation>
    </message>
    <message numerus="yes">
        <source>%n level(s) not sent: push again to send them.</source>
        <translation>
            <numerusform>%n Bestand nicht gesendet: übertragen Sie erneut, um ihn zu senden.</numerusform>
            <numerusform>%n Bestände nicht gesendet: übertragen Sie erneut, um sie zu senden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StockFile</name>
    <message>
        <source>Cannot read the stock file %1: %2. Check that it exists and that you may read it.</source>
        <translation>Die Bestandsdatei %1 kann nicht gelesen werden: %2. Prüfen Sie, ob sie existiert und Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>Cannot read the stock file %1: %2. Copy it to this computer and try again.</source>
        <translation>Die Bestandsdatei %1 kann nicht gelesen werden: %2. Kopieren Sie sie auf diesen Computer und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The stock file is empty. Export the stock levels with a header row (for example &quot;sku,quantity&quot;) and choose the file again.</source>
        <translation>Die Bestandsdatei ist leer. Exportieren Sie die Bestände mit einer Kopfzeile (zum Beispiel &quot;sku,quantity&quot;) und wählen Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>A quoted field that starts on line %1 is never closed: a quote (&quot;) is missing. Correct line %1 of the stock file and import it again.</source>
        <translation>Ein in Zeile %1 beginnendes Feld in Anführungszeichen wird nie geschlossen: Ein Anführungszeichen (&quot;) fehlt. Korrigieren Sie Zeile %1 der Bestandsdatei und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>The stock file has no column &quot;%1&quot;; its columns are: %2. Choose the column that holds the SKUs (on the command line: --sku-column NAME).</source>
        <translation>Die Bestandsdatei hat keine Spalte „%1“; ihre Spalten sind: %2. Wählen Sie die Spalte, die die SKUs enthält (auf der Kommandozeile: --sku-column NAME).</translation>
    </message>
    <message>
        <source>The stock file has no column &quot;%1&quot;; its columns are: %2. Choose the column that holds the quantities (on the command line: --quantity-column NAME).</source>
        <translation>Die Bestandsdatei hat keine Spalte „%1“; ihre Spalten sind: %2. Wählen Sie die Spalte, die die Mengen enthält (auf der Kommandozeile: --quantity-column NAME).</translation>
    </message>
    <message>
        <source>The stock file has no column &quot;%1&quot;; its columns are: %2. Choose the column that holds the location ids (on the command line: --location-column NAME), or none to count everything at the default location.</source>
        <translation>Die Bestandsdatei hat keine Spalte „%1“; ihre Spalten sind: %2. Wählen Sie die Spalte, die die Lagerort-IDs enthält (auf der Kommandozeile: --location-column NAME), oder keine, um alles am Standard-Lagerort zu zählen.</translation>
    </message>
    <message>
        <source>Line %1 has no SKU. Fill in the SKU or remove the line, then import the file again.</source>
        <translation>Zeile %1 hat keine SKU. Tragen Sie die SKU ein oder entfernen Sie die Zeile und importieren Sie die Datei dann erneut.</translation>
    </message>
    <message>
        <source>Line %1 (SKU %2): the location &quot;%3&quot; is not a location id. Enter the number of the BigCommerce location (1 for the default location), then import the file again.</source>
        <translation>Zeile %1 (SKU %2): Der Lagerort „%3“ ist keine Lagerort-ID. Geben Sie die Nummer des BigCommerce-Lagerorts ein (1 für den Standard-Lagerort) und importieren Sie die Datei dann erneut.</translation>
    </message>
    <message>
        <source>Line %1 (SKU %2) has no quantity. Enter the count as a whole number (0 or more), then import the file again.</source>
        <translation>Zeile %1 (SKU %2) hat keine Menge. Geben Sie die Zählung als ganze Zahl ein (0 oder mehr) und importieren Sie die Datei dann erneut.</translation>
    </message>
    <message>
        <source>Line %1 (SKU %2): the quantity &quot;%3&quot; is not a whole number. Enter the count as a whole number without separators (0 or more), then import the file again.</source>
        <translation>Zeile %1 (SKU %2): Die Menge „%3“ ist keine ganze Zahl. Geben Sie die Zählung als ganze Zahl ohne Trennzeichen ein (0 oder mehr) und importieren Sie die Datei dann erneut.</translation>
    </message>
    <message>
        <source>Line %1 (SKU %2): the quantity %3 is negative. Enter the count on the shelf (0 or more), then import the file again.</source>
        <translation>Zeile %1 (SKU %2): Die Menge %3 ist negativ. Geben Sie die Zählung im Regal ein (0 oder mehr) und importieren Sie die Datei dann erneut.</translation>
    </message>
    <message>
        <source>Line %1 (SKU %2): the quantity %3 is too large (at most %4). Correct the count, then import the file again.</source>
        <translation>Zeile %1 (SKU %2): Die Menge %3 ist zu groß (höchstens %4). Korrigieren Sie die Zählung und importieren Sie die Datei dann erneut.</translation>
    </message>
    <message>
        <source>Line %1: SKU %2 at location %3 is on more than one line (%4), so none of them was used. Keep one line per SKU and location, then import the file again.</source>
        <translation>Zeile %1: SKU %2 an Lagerort %3 steht in mehr als einer Zeile (%4), daher wurde keine davon verwendet. Behalten Sie eine Zeile pro SKU und Lagerort und importieren Sie die Datei dann erneut.</translation>
    </message>
    <message>
        <source>… (%1 columns in all)</source>
        <translation>… (%1 Spalten insgesamt)</translation>
    </message>
    <message>
        <source>%1 is not a text (CSV) file. Export the stock as CSV and import that.</source>
        <translation>%1 ist keine Textdatei (CSV). Exportieren Sie den Bestand als CSV und importieren Sie diese.</translation>
    </message>
    <message>
        <source>The stock file</source>
        <translation>Die Bestandsdatei</translation>
    </message>
</context>
<context>
    <name>StockPlan</name>
    <message>
        <source>SKU %1: the store has no location %2. Count it at one of the store&apos;s locations (%3) and import or count it again.</source>
        <translation>SKU %1: Der Shop hat keinen Lagerort %2. Zählen Sie sie an einem der Lagerorte des Shops (%3) und importieren oder zählen Sie sie erneut.</translation>
    </message>
    <message>
        <source>BigCommerce has no inventory item with SKU %1. Check the SKU in the stock file, or give the product or variant this SKU in BigCommerce.</source>
        <translation>BigCommerce hat keinen Inventarartikel mit der SKU %1. Prüfen Sie die SKU in der Bestandsdatei oder geben Sie dem Produkt oder der Variante in BigCommerce diese SKU.</translation>
    </message>
</context>
<context>
    <name>StockPushJob</name>
    <message>
        <source>The warehouse&apos;s stock levels could not be read from the database: %1</source>
        <translation>Die Bestände des Lagers konnten nicht aus der Datenbank gelesen werden: %1</translation>
    </message>
    <message>
        <source>The SKU &quot;%1&quot; contains a comma, which BigCommerce&apos;s SKU filter cannot look up, so its level was not pushed. Rename the SKU in BigCommerce and in the warehouse, or set this level in BigCommerce by hand.</source>
        <translation>Die SKU „%1“ enthält ein Komma, das der SKU-Filter von BigCommerce nicht abfragen kann, daher wurde ihr Bestand nicht übertragen. Benennen Sie die SKU in BigCommerce und im Lager um oder setzen Sie diesen Bestand in BigCommerce von Hand.</translation>
    </message>
    <message>
        <source>BigCommerce&apos;s stock levels could not be saved in the database: %1</source>
        <translation>Die Bestände von BigCommerce konnten nicht in der Datenbank gespeichert werden: %1</translation>
    </message>
    <message>
        <source>BigCommerce tracks the stock of %1 by product, not by variant: sent again by its product id %2.</source>
        <translation>BigCommerce führt den Bestand von %1 pro Produkt, nicht pro Variante: erneut über die Produkt-ID %2 gesendet.</translation>
    </message>
    <message>
        <source>BigCommerce refused the level %1 of %2 at location %3: &quot;%4&quot;. The other levels were still sent.</source>
        <translation>BigCommerce hat den Bestand %1 von %2 an Lagerort %3 abgelehnt: „%4“. Die übrigen Bestände wurden trotzdem gesendet.</translation>
    </message>
    <message>
        <source>BigCommerce refused to change stock levels (403 Forbidden): the store&apos;s API account lacks the scope &quot;Store Inventory: modify&quot; (store_inventory). A store-level API account&apos;s scopes cannot be changed: in BigCommerce, create a new API account under Settings &gt; Store-level API accounts with the same scopes plus Store Inventory: modify, then enter its access token in Settings &gt; Integrations (or with &apos;packbench store token &quot;%1&quot;&apos;) and push again.</source>
        <translation>BigCommerce hat die Änderung von Beständen abgelehnt (403 Forbidden): Dem API-Konto des Shops fehlt die Berechtigung „Store Inventory: modify“ (store_inventory). Die Berechtigungen eines Store-level-API-Kontos lassen sich nicht ändern: Legen Sie in BigCommerce unter Settings &gt; Store-level API accounts ein neues API-Konto mit denselben Berechtigungen plus Store Inventory: modify an, geben Sie dann dessen Zugriffstoken unter Einstellungen &gt; Integrationen ein (oder mit &apos;packbench store token &quot;%1&quot;&apos;) und übertragen Sie erneut.</translation>
    </message>
    <message>
        <source>The answer to this level&apos;s adjustment was lost; it may or may not be set. Push again: levels already right are not sent twice.</source>
        <translation>Die Antwort auf die Anpassung dieses Bestands ging verloren; er ist möglicherweise gesetzt, möglicherweise nicht. Übertragen Sie erneut: Bereits korrekte Bestände werden nicht doppelt gesendet.</translation>
    </message>
    <message>
        <source>The answer to this level&apos;s adjustment was lost and it could not be checked (%1). Push again: levels already right are not sent twice.</source>
        <translation>Die Antwort auf die Anpassung dieses Bestands ging verloren und konnte nicht geprüft werden (%1). Übertragen Sie erneut: Bereits korrekte Bestände werden nicht doppelt gesendet.</translation>
    </message>
    <message>
        <source>Cancelled. The levels sent before stay; push again to send the rest.</source>
        <translation>Abgebrochen. Die zuvor gesendeten Bestände bleiben erhalten; übertragen Sie erneut, um den Rest zu senden.</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation>Abgebrochen, bevor etwas gesendet wurde.</translation>
    </message>
    <message>
        <source>Not sent: the push was cancelled.</source>
        <translation>Nicht gesendet: Die Übertragung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Not sent: the push stopped before this level (%1).</source>
        <translation>Nicht gesendet: Die Übertragung wurde vor diesem Bestand beendet (%1).</translation>
    </message>
    <message>
        <source>The push&apos;s results could not be saved in the database: %1</source>
        <translation>Die Ergebnisse der Übertragung konnten nicht in der Datenbank gespeichert werden: %1</translation>
    </message>
    <message>
        <source>look up stock levels</source>
        <translation>Bestände abfragen</translation>
    </message>
    <message>
        <source>Store Inventory: read-only</source>
        <translation>Store Inventory: read-only</translation>
    </message>
    <message>
        <source>set stock levels</source>
        <translation>Bestände setzen</translation>
    </message>
    <message>
        <source>Store Inventory: modify</source>
        <translation>Store Inventory: modify</translation>
    </message>
</context>
<context>
    <name>StockRepository</name>
    <message>
        <source>A stock level needs a SKU. Enter the SKU and save again.</source>
        <translation>Ein Bestand benötigt eine SKU. Geben Sie die SKU ein und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>SKU %1: the quantity %2 is negative. Enter the count on the shelf (0 or more).</source>
        <translation>SKU %1: Die Menge %2 ist negativ. Geben Sie die Zählung im Regal ein (0 oder mehr).</translation>
    </message>
    <message>
        <source>SKU %1: %2 is not a location id. Choose one of the store&apos;s locations.</source>
        <translation>SKU %1: %2 ist keine Lagerort-ID. Wählen Sie einen der Lagerorte des Shops.</translation>
    </message>
    <message>
        <source>The stock file could not be saved, nothing of it was kept: %1</source>
        <translation>Die Bestandsdatei konnte nicht gespeichert werden, nichts davon wurde übernommen: %1</translation>
    </message>
    <message>
        <source>The count of SKU %1 could not be saved: %2</source>
        <translation>Die Zählung der SKU %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>BigCommerce&apos;s stock levels could not be saved: %1</source>
        <translation>Die Bestände von BigCommerce konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The result of the push could not be saved: %1</source>
        <translation>Das Ergebnis der Übertragung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>StoreCommand</name>
    <message>
        <source>Access token: </source>
        <translation>Access Token: </translation>
    </message>
    <message>
        <source>Client secret (optional, Enter to skip): </source>
        <translation>Client Secret (optional, Eingabetaste zum Überspringen): </translation>
    </message>
    <message>
        <source>API Path of the API account.</source>
        <translation>API Path des API-Kontos.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Client ID of the API account.</source>
        <translation>Client ID des API-Kontos.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>New name for the store.</source>
        <translation>Neuer Name für den Shop.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Order statuses to import, e.g. 9,11.</source>
        <translation>Zu importierende Bestellstatus, z. B. 9,11.</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <source>Statuses that mean fulfilled elsewhere, e.g. 2,10.</source>
        <translation>Status, die „anderweitig erledigt“ bedeuten, z. B. 2,10.</translation>
    </message>
    <message>
        <source>Enable Pickup in Store: on or off.</source>
        <translation>Pickup in Store aktivieren: on oder off.</translation>
    </message>
    <message>
        <source>on|off</source>
        <translation>on|off</translation>
    </message>
    <message>
        <source>Import Channel ID as a tag: on or off.</source>
        <translation>Kanal-ID als Tag importieren: on oder off.</translation>
    </message>
    <message>
        <source>Write tracking back: on, on-dispatch or off.</source>
        <translation>Sendungsverfolgung zurückmelden: on, on-dispatch oder off.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>Automatic import every MINUTES, or off.</source>
        <translation>Automatisch alle MINUTES Minuten importieren, oder off.</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTES</translation>
    </message>
    <message>
        <source>Default channel id (1).</source>
        <translation>Standard-Kanal-ID (1).</translation>
    </message>
    <message>
        <source>--import-statuses takes status ids 0-14 separated by commas, e.g. 9,11.</source>
        <translation>--import-statuses erwartet Status-IDs von 0-14, durch Kommas getrennt, z. B. 9,11.</translation>
    </message>
    <message>
        <source>--update-statuses takes status ids 0-14 separated by commas, e.g. 2,10.</source>
        <translation>--update-statuses erwartet Status-IDs von 0-14, durch Kommas getrennt, z. B. 2,10.</translation>
    </message>
    <message>
        <source>--pickup-in-store takes on or off.</source>
        <translation>--pickup-in-store erwartet on oder off.</translation>
    </message>
    <message>
        <source>--channel-tags takes on or off.</source>
        <translation>--channel-tags erwartet on oder off.</translation>
    </message>
    <message>
        <source>--writeback takes on, on-dispatch or off.</source>
        <translation>--writeback erwartet on, on-dispatch oder off.</translation>
    </message>
    <message>
        <source>--auto-import takes minutes (1-1440) or off.</source>
        <translation>--auto-import erwartet Minuten (1-1440) oder off.</translation>
    </message>
    <message>
        <source>--default-channel takes a channel id (1 or more).</source>
        <translation>--default-channel erwartet eine Kanal-ID (1 oder größer).</translation>
    </message>
    <message>
        <source>Name of the store.</source>
        <translation>Name des Shops.</translation>
    </message>
    <message>
        <source>Usage: packbench store add --name NAME --api-path URL --client-id ID (access token on stdin line 1, optional client secret on line 2)</source>
        <translation>Aufruf: packbench store add --name NAME --api-path URL --client-id ID (Access Token in Zeile 1 von stdin, optionales Client Secret in Zeile 2)</translation>
    </message>
    <message>
        <source>Store &quot;%1&quot; added (store hash %2); its token is in this station&apos;s keychain. Check it with: packbench store test &quot;%1&quot;</source>
        <translation>Shop „%1“ hinzugefügt (Store-Hash %2); sein Token liegt im Schlüsselbund dieses Packplatzes. Prüfen Sie ihn mit: packbench store test &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Usage: packbench store token NAME (access token on stdin line 1, optional client secret on line 2)</source>
        <translation>Aufruf: packbench store token NAME (Access Token in Zeile 1 von stdin, optionales Client Secret in Zeile 2)</translation>
    </message>
    <message>
        <source>The token of &quot;%1&quot; is stored in this station&apos;s keychain.</source>
        <translation>Das Token von „%1“ ist im Schlüsselbund dieses Packplatzes gespeichert.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Usage: packbench store list [--json]</source>
        <translation>Aufruf: packbench store list [--json]</translation>
    </message>
    <message>
        <source>No store connected. Add one with: packbench store add --name NAME --api-path URL --client-id ID</source>
        <translation>Kein Shop verbunden. Fügen Sie einen hinzu mit: packbench store add --name NAME --api-path URL --client-id ID</translation>
    </message>
    <message>
        <source>token stored</source>
        <translation>Token gespeichert</translation>
    </message>
    <message>
        <source>token missing on this station</source>
        <translation>Token fehlt an diesem Packplatz</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>Usage: packbench store test NAME</source>
        <translation>Aufruf: packbench store test NAME</translation>
    </message>
    <message>
        <source>Remove even while shipments wait to be shipped.</source>
        <translation>Auch entfernen, wenn noch Sendungen auf den Versand warten.</translation>
    </message>
    <message>
        <source>Usage: packbench store remove NAME [--force]</source>
        <translation>Aufruf: packbench store remove NAME [--force]</translation>
    </message>
    <message>
        <source>%1 Nothing was removed; add --force to remove it anyway.</source>
        <translation>%1 Es wurde nichts entfernt; fügen Sie --force hinzu, um den Shop trotzdem zu entfernen.</translation>
    </message>
    <message>
        <source>Usage: packbench store set NAME [--import-statuses 9,11] [--update-statuses 2,10] [--pickup-in-store on|off] [--channel-tags on|off] [--writeback on|off|on-dispatch] [--auto-import MINUTES|off] [--default-channel ID] [--api-path URL] [--client-id ID] [--rename NAME]</source>
        <translation>Aufruf: packbench store set NAME [--import-statuses 9,11] [--update-statuses 2,10] [--pickup-in-store on|off] [--channel-tags on|off] [--writeback on|off|on-dispatch] [--auto-import MINUTES|off] [--default-channel ID] [--api-path URL] [--client-id ID] [--rename NAME]</translation>
    </message>
    <message>
        <source>Store &quot;%1&quot; saved.</source>
        <translation>Shop „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Store &quot;%1&quot; removed with its imported orders and shipments.</source>
        <translation>Shop „%1“ mit seinen importierten Bestellungen und Sendungen entfernt.</translation>
    </message>
    <message>
        <source>  store add --name NAME --api-path URL --client-id ID   connect a store (token on stdin)
  store token NAME                  replace this station&apos;s token (stdin)
  store list [--json]               the connected stores
  store test NAME                   test the connection to BigCommerce
  store remove NAME [--force]       remove a store with its imported orders
  store set NAME [options]          change a store&apos;s settings (store set --help)
</source>
        <translation>  store add --name NAME --api-path URL --client-id ID   einen Shop verbinden (Token über stdin)
  store token NAME                  das Token dieses Packplatzes ersetzen (stdin)
  store list [--json]               die verbundenen Shops
  store test NAME                   die Verbindung zu BigCommerce testen
  store remove NAME [--force]       einen Shop mit seinen importierten Bestellungen entfernen
  store set NAME [Optionen]         die Einstellungen eines Shops ändern (store set --help)
</translation>
    </message>
</context>
<context>
    <name>WritebackPlan</name>
    <message>
        <source>write-back is off for %1 (Settings &gt; Integrations): nothing is sent to BigCommerce</source>
        <translation>Rückmeldung ist für %1 ausgeschaltet (Einstellungen &gt; Integrationen): An BigCommerce wird nichts gesendet</translation>
    </message>
    <message>
        <source>pickup in store: done in Packbench; nothing is sent because Enable Pickup in Store is off for %1</source>
        <translation>Abholung im Laden: in Packbench erledigt; es wird nichts gesendet, weil „Pickup in Store aktivieren“ für %1 aus ist</translation>
    </message>
    <message numerus="yes">
        <source>%n parcels: %1</source>
        <translation>
            <numerusform>%n Paket: %1</numerusform>
            <numerusform>%n Pakete: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>packbench: %1</source>
        <translation>packbench: %1</translation>
    </message>
    <message>
        <source>%1
Run &apos;packbench --help&apos; for the options.</source>
        <translation>%1
Mit &apos;packbench --help&apos; werden die Optionen angezeigt.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;. Run &apos;packbench --help&apos; for the commands.</source>
        <translation>unbekannter Befehl &apos;%1&apos;. Mit &apos;packbench --help&apos; werden die Befehle angezeigt.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Packbench cannot start</source>
        <translation>Packbench kann nicht starten</translation>
    </message>
    <message>
        <source>The database cannot be opened:
%1</source>
        <translation>Die Datenbank kann nicht geöffnet werden:
%1</translation>
    </message>
    <message>
        <source>&apos;packbench COMMAND --help&apos; shows the options of one command.</source>
        <translation>&apos;packbench BEFEHL --help&apos; zeigt die Optionen eines Befehls.</translation>
    </message>
</context>
</TS>
