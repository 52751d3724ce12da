<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>ApprovalBanner</name>
    <message>
        <source>, signed (%1)</source>
        <translation>，已簽章（%1）</translation>
    </message>
    <message>
        <source>Approved by %1 on %2 — content %3%4</source>
        <translation>已由 %1 於 %2 核定 — 內容 %3%4</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Changed after approval: %1 approved this release on %2; it is no longer approved.</source>
        <translation>核定後已修改：%1 於 %2 核定本新聞稿，現已不再是核定版本。</translation>
    </message>
    <message>
        <source>Changed: %1.</source>
        <translation>修改處：%1。</translation>
    </message>
    <message>
        <source>Undo the changes, or submit it for review again.</source>
        <translation>請復原修改，或重新送審。</translation>
    </message>
    <message>
        <source>In review: submitted by %1 on %2.</source>
        <translation>審核中：由 %1 於 %2 送審。</translation>
    </message>
    <message>
        <source>Returned by %1 on %2: %3</source>
        <translation>已由 %1 於 %2 退回：%3</translation>
    </message>
    <message>
        <source>Approved before approvals were recorded — approve again.</source>
        <translation>此檔於開始記錄核定之前標為已核定 — 請重新核定。</translation>
    </message>
    <message>
        <source>Not approved: the approval&apos;s signature does not check (%1).</source>
        <translation>未核定：核定簽章驗證失敗（%1）。</translation>
    </message>
    <message>
        <source>Print station: read-only</source>
        <translation>列印站：唯讀</translation>
    </message>
    <message>
        <source>Draft: not approved.</source>
        <translation>草稿：尚未核定。</translation>
    </message>
</context>
<context>
    <name>ApprovalController</name>
    <message>
        <source>&amp;Submit for Review…</source>
        <translation>送審(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>核定(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Return for Changes…</source>
        <translation>退回修改(&amp;R)…</translation>
    </message>
    <message>
        <source>Save &amp;Version…</source>
        <translation>儲存版本(&amp;V)…</translation>
    </message>
    <message>
        <source>Versions and &amp;Compare…</source>
        <translation>版本與比較(&amp;C)…</translation>
    </message>
    <message>
        <source>Signing &amp;Key…</source>
        <translation>簽章金鑰(&amp;K)…</translation>
    </message>
    <message>
        <source>Revie&amp;w</source>
        <translation>審核(&amp;W)</translation>
    </message>
    <message>
        <source>Print log</source>
        <translation>列印紀錄</translation>
    </message>
    <message>
        <source>A note is required.</source>
        <translation>必須填寫說明。</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>送審</translation>
    </message>
    <message>
        <source>Note for the reviewer (optional):</source>
        <translation>給審核者的說明（選填）：</translation>
    </message>
    <message>
        <source>Passphrase of your signing key:</source>
        <translation>簽章金鑰的密語：</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>核定</translation>
    </message>
    <message>
        <source>Approve exactly this content as %1? Note (optional):</source>
        <translation>以 %1 的身分核定目前這份內容？說明（選填）：</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>簽章金鑰</translation>
    </message>
    <message>
        <source>Create a signing key for %1. Passphrase (recommended; empty for none):</source>
        <translation>為 %1 建立簽章金鑰。密語（建議設定；留空表示不設）：</translation>
    </message>
    <message>
        <source>Your approvals are signed with %1.

Give this line to the office for its trusted keys:

%2</source>
        <translation>您的核定將以 %1 簽章。

請將下列這一行交給辦公室，加入受信任金鑰清單：

%2</translation>
    </message>
    <message>
        <source>Return for changes</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>What needs to change?</source>
        <translation>需要修改哪些地方？</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>儲存版本</translation>
    </message>
    <message>
        <source>Describe this version (optional):</source>
        <translation>說明這個版本（選填）：</translation>
    </message>
</context>
<context>
    <name>BilingualEdit</name>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <source>What changed — %1</source>
        <translation>變更內容：%1</translation>
    </message>
    <message>
        <source>%1: changed since confirmed</source>
        <translation>%1：確認後已修改</translation>
    </message>
    <message>
        <source>%1: unchanged</source>
        <translation>%1：未修改</translation>
    </message>
    <message>
        <source>This pair was never confirmed in sync, so there is nothing to compare with.</source>
        <translation>這組段落從未確認為一致，因此沒有可比較的版本。</translation>
    </message>
</context>
<context>
    <name>CheckLabels</name>
    <message>
        <source>English spelling</source>
        <translation>英文拼字</translation>
    </message>
    <message>
        <source>Chinese house style</source>
        <translation>中文體例</translation>
    </message>
    <message>
        <source>Numerals (suggestions)</source>
        <translation>數字用法（建議）</translation>
    </message>
    <message>
        <source>臺/台 consistency</source>
        <translation>臺/台 一致</translation>
    </message>
    <message>
        <source>Glossary names</source>
        <translation>詞彙表名稱</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>拼字</translation>
    </message>
    <message>
        <source>Simplified character</source>
        <translation>簡體字</translation>
    </message>
    <message>
        <source>Non-Taiwan variant</source>
        <translation>非臺灣標準字形</translation>
    </message>
    <message>
        <source>Mainland term</source>
        <translation>大陸用語</translation>
    </message>
    <message>
        <source>Half-width punctuation</source>
        <translation>半形標點</translation>
    </message>
    <message>
        <source>Full-width letters or digits</source>
        <translation>全形英數字</translation>
    </message>
    <message>
        <source>Unbalanced bracket</source>
        <translation>括號不成對</translation>
    </message>
    <message>
        <source>Doubled punctuation</source>
        <translation>標點重複</translation>
    </message>
    <message>
        <source>Space between Chinese characters</source>
        <translation>中文字間多餘空格</translation>
    </message>
    <message>
        <source>Numeral</source>
        <translation>數字</translation>
    </message>
    <message>
        <source>臺/台</source>
        <translation>臺/台</translation>
    </message>
    <message>
        <source>Not the official name</source>
        <translation>非正式名稱</translation>
    </message>
    <message>
        <source>Official English name missing</source>
        <translation>缺少正式英文名稱</translation>
    </message>
    <message>
        <source>%1: %2 — the English lacks “%3”</source>
        <translation>%1：%2——英文稿未見「%3」</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1 (remove)</source>
        <translation>%1（刪除）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>%1 headline</source>
        <translation>%1標題</translation>
    </message>
    <message>
        <source>%1 subheadline</source>
        <translation>%1副標題</translation>
    </message>
    <message>
        <source>%1 boilerplate</source>
        <translation>%1機關簡介</translation>
    </message>
    <message>
        <source>%1 body ¶%2</source>
        <translation>%1內文第 %2 段</translation>
    </message>
</context>
<context>
    <name>CheckMenu</name>
    <message>
        <source>Remove “%1”</source>
        <translation>刪除「%1」</translation>
    </message>
    <message>
        <source>Add “%1” to the word list</source>
        <translation>將「%1」加入字詞清單</translation>
    </message>
    <message>
        <source>Ignore here</source>
        <translation>此處略過</translation>
    </message>
</context>
<context>
    <name>ChecksController</name>
    <message>
        <source>Checks</source>
        <translation>檢查</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>檢查(&amp;C)</translation>
    </message>
    <message>
        <source>Checks &amp;panel</source>
        <translation>檢查面板(&amp;P)</translation>
    </message>
    <message>
        <source>English &amp;dictionary</source>
        <translation>英文字典(&amp;D)</translation>
    </message>
    <message>
        <source>American (US)</source>
        <translation>美式（US）</translation>
    </message>
    <message>
        <source>British (UK)</source>
        <translation>英式（UK）</translation>
    </message>
    <message>
        <source>臺/&amp;台</source>
        <translation>臺/台(&amp;T)</translation>
    </message>
    <message>
        <source>Write 臺</source>
        <translation>使用「臺」</translation>
    </message>
    <message>
        <source>Write 台</source>
        <translation>使用「台」</translation>
    </message>
    <message>
        <source>No check</source>
        <translation>不檢查</translation>
    </message>
    <message>
        <source>&amp;Glossary and word list…</source>
        <translation>詞彙表與字詞清單(&amp;G)…</translation>
    </message>
    <message>
        <source>Checks (%1)</source>
        <translation>檢查（%1）</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>沒有發現問題。</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n 個問題</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparePlace</name>
    <message>
        <source>agency</source>
        <translation>機關</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>dateline</source>
        <translation>電頭</translation>
    </message>
    <message>
        <source>end mark</source>
        <translation>結尾符號</translation>
    </message>
    <message>
        <source>number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>embargo</source>
        <translation>禁止發布時間</translation>
    </message>
    <message>
        <source>headline</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>subheadline</source>
        <translation>副標題</translation>
    </message>
    <message>
        <source>boilerplate</source>
        <translation>機關簡介</translation>
    </message>
    <message>
        <source>body</source>
        <translation>內文</translation>
    </message>
    <message>
        <source>block</source>
        <translation>段</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>image</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>標誌</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>(Chinese)</source>
        <translation>（中文）</translation>
    </message>
    <message>
        <source>(English)</source>
        <translation>（英文）</translation>
    </message>
    <message>
        <source>(inserted)</source>
        <translation>（新增）</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>（刪除）</translation>
    </message>
    <message>
        <source>(formatting)</source>
        <translation>（格式）</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>“%1” was deleted or moved since you opened it.</source>
        <translation>「%1」在您開啟後已被刪除或移走。</translation>
    </message>
    <message>
        <source>“%1” was changed on disk since you opened it (modified %2).</source>
        <translation>「%1」在您開啟後已被他人修改（修改時間 %2）。</translation>
    </message>
    <message>
        <source>It is open by %1.</source>
        <translation>目前由 %1 開啟中。</translation>
    </message>
    <message>
        <source>Saving now would replace their version. Nothing has been written yet.</source>
        <translation>現在儲存會取代對方的版本。目前尚未寫入任何內容。</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>比較差異…</translation>
    </message>
    <message>
        <source>Save as Copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <source>Reload (Discard My Changes)</source>
        <translation>重新載入（捨棄我的修改）</translation>
    </message>
    <message>
        <source>Overwrite Their Version</source>
        <translation>覆蓋對方的版本</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save Here Again</source>
        <translation>仍儲存於此</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>檔案已被他人修改</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>職稱(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>單位(&amp;U)</translation>
    </message>
    <message>
        <source>王小明</source>
        <translation>王小明</translation>
    </message>
    <message>
        <source>Wang Hsiao-ming</source>
        <translation>Wang Hsiao-ming</translation>
    </message>
    <message>
        <source>&amp;Office phone</source>
        <translation>辦公室電話(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Mobile</source>
        <translation>手機(&amp;M)</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>電子郵件(&amp;E)</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. SMEA press team, 財經記者</source>
        <translation>以逗號分隔，例如：中小企業署新聞組, 財經記者</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>標籤(&amp;G)</translation>
    </message>
    <message>
        <source>Office phone may be &amp;printed in releases</source>
        <translation>新聞稿可印出辦公室電話(&amp;P)</translation>
    </message>
    <message>
        <source>Mobile may be printed in re&amp;leases</source>
        <translation>新聞稿可印出手機號碼(&amp;L)</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>備註(&amp;T)</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>最後更新</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>尚未儲存</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <source>in this release</source>
        <translation>已在本新聞稿</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>Name (zh)</source>
        <translation>姓名（中）</translation>
    </message>
    <message>
        <source>Name (en)</source>
        <translation>姓名（英）</translation>
    </message>
    <message>
        <source>Title (zh)</source>
        <translation>職稱（中）</translation>
    </message>
    <message>
        <source>Title (en)</source>
        <translation>職稱（英）</translation>
    </message>
    <message>
        <source>Unit (zh)</source>
        <translation>單位（中）</translation>
    </message>
    <message>
        <source>Unit (en)</source>
        <translation>單位（英）</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>辦公室電話</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手機</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Print office</source>
        <translation>印出電話</translation>
    </message>
    <message>
        <source>Print mobile</source>
        <translation>印出手機</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>新增聯絡人</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Add an empty contact row</source>
        <translation>新增一列空白聯絡人</translation>
    </message>
    <message>
        <source>Remove the selected contact</source>
        <translation>移除選取的聯絡人</translation>
    </message>
    <message>
        <source>Print this contact earlier</source>
        <translation>將此聯絡人排在前面</translation>
    </message>
    <message>
        <source>Print this contact later</source>
        <translation>將此聯絡人排在後面</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Changed in the directory since it was added</source>
        <translation>加入後，通訊錄中的資料已有更新</translation>
    </message>
</context>
<context>
    <name>DateTimeLineEdit</name>
    <message>
        <source>Type a date and time, e.g. %1 (2027-01-05 10:00 and ROC years such as 116/01/05 work too)</source>
        <translation>輸入日期與時間，例如 %1（也可輸入 2027-01-05 10:00 或民國年，如 116/01/05）</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>從月曆選擇日期</translation>
    </message>
</context>
<context>
    <name>DateTimeZoneEdit</name>
    <message>
        <source>“%1” is not a time zone; kept %2</source>
        <translation>「%1」不是時區，維持 %2</translation>
    </message>
</context>
<context>
    <name>DatelineLeadIn</name>
    <message>
        <source>The dateline is added before the first paragraph on export; edit it in the form</source>
        <translation>匯出時電頭會加在第一段之前；請在上方表單修改</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <source>Contact directory</source>
        <translation>聯絡人通訊錄</translation>
    </message>
    <message>
        <source>Search names, titles, units, numbers, e-mail, tags (中文 or English)</source>
        <translation>搜尋姓名、職稱、單位、電話、電子郵件、標籤（中英文皆可）</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>還原(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;New contact</source>
        <translation>新增聯絡人(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import vCards…</source>
        <translation>匯入 vCard(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport vCards…</source>
        <translation>匯出 vCard(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the contacts listed (all of them when the search is empty)</source>
        <translation>匯出目前列出的聯絡人（未搜尋時匯出全部）</translation>
    </message>
    <message>
        <source>&amp;Add to release</source>
        <translation>加入新聞稿(&amp;A)</translation>
    </message>
    <message>
        <source>Copy the selected contacts into the release (Enter in the list)</source>
        <translation>將選取的聯絡人複製到新聞稿（在清單中按 Enter）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n 位聯絡人</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the contact a name or an e-mail address first.</source>
        <translation>請先填寫聯絡人的姓名或電子郵件。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <source>%1

Save your version anyway?</source>
        <translation>%1

仍要儲存您的版本嗎？</translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation>刪除聯絡人</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) from the directory?</source>
        <translation>
            <numerusform>要從通訊錄刪除 %n 位聯絡人嗎？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s).</source>
        <translation>
            <numerusform>已刪除 %n 位聯絡人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import vCards</source>
        <translation>匯入 vCard</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>vCard 檔案 (*.vcf *.vcard);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在讀取 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contact(s)</source>
        <translation>
            <numerusform>已匯入 %n 位聯絡人</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 new, %2 updated, %3 already in the directory).</source>
        <translation>（新增 %1 筆、更新 %2 筆、%3 筆已在通訊錄中）。</translation>
    </message>
    <message>
        <source>%1 older card(s) left newer directory entries unchanged.</source>
        <translation>%1 張較舊的名片未覆蓋通訊錄中較新的資料。</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) could not be read and were skipped.</source>
        <translation>
            <numerusform>有 %n 張名片無法讀取，已略過。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export vCards</source>
        <translation>匯出 vCard</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>已將 %n 位聯絡人匯出至 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryLink</name>
    <message>
        <source>Pick contacts from the contact directory</source>
        <translation>從聯絡人通訊錄挑選聯絡人</translation>
    </message>
    <message>
        <source>Add from directory…</source>
        <translation>從通訊錄加入…</translation>
    </message>
    <message>
        <source>Update from directory</source>
        <translation>依通訊錄更新</translation>
    </message>
    <message>
        <source>Replace the selected contact with its current directory entry</source>
        <translation>以通訊錄中的最新資料取代選取的聯絡人</translation>
    </message>
    <message>
        <source>Contact directory</source>
        <translation>聯絡人通訊錄</translation>
    </message>
    <message>
        <source>Changed in the directory since it was added: use “Update from directory”</source>
        <translation>加入後，通訊錄中的資料已有更新：請使用「依通訊錄更新」</translation>
    </message>
    <message>
        <source>Print mobile number</source>
        <translation>列印手機號碼</translation>
    </message>
    <message>
        <source>The contact directory says %1&apos;s mobile number may not be printed. Print it in this release anyway?</source>
        <translation>通訊錄註明%1的手機號碼不得印出。仍要在本新聞稿印出嗎？</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <source>Unexpected error</source>
        <translation>發生未預期的錯誤</translation>
    </message>
    <message>
        <source>Your work was saved to the recovery folder.</source>
        <translation>您的工作已存入復原資料夾。</translation>
    </message>
    <message>
        <source>Your work is still open; save it to be safe.</source>
        <translation>您的工作仍保持開啟，建議立即儲存。</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>發生錯誤：%1</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已匯出 %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Both languages</source>
        <translation>中英雙語</translation>
    </message>
    <message>
        <source>Chinese (zh-TW)</source>
        <translation>中文（台灣）</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <source>PDF (print and publishing)</source>
        <translation>PDF（列印與發布）</translation>
    </message>
    <message>
        <source>Word document (DOCX, for reviewers)</source>
        <translation>Word 文件（DOCX，供審閱）</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT, editable)</source>
        <translation>ODF 文字文件（ODT，可編輯）</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>網頁（HTML）</translation>
    </message>
    <message>
        <source>E-mail (HTML with inline styles)</source>
        <translation>電子郵件（內嵌樣式的 HTML）</translation>
    </message>
    <message>
        <source>Plain text (wire services)</source>
        <translation>純文字（供通訊社）</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>匯出%1</translation>
    </message>
    <message>
        <source>The release has no text to export.</source>
        <translation>這份新聞稿沒有可匯出的文字。</translation>
    </message>
    <message numerus="yes">
        <source>Preflight found %n problem(s); you can still export.</source>
        <translation>
            <numerusform>預檢發現 %n 個問題；仍可匯出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Preflight found no problems.</source>
        <translation>預檢未發現問題。</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Open release</source>
        <translation>開啟新聞稿</translation>
    </message>
    <message>
        <source>Releases (*%1)</source>
        <translation>新聞稿 (*%1)</translation>
    </message>
    <message>
        <source>File in use</source>
        <translation>檔案使用中</translation>
    </message>
    <message>
        <source>No lock file (%1): others opening this release will not be warned</source>
        <translation>無法建立鎖定檔（%1）：他人開啟此新聞稿時不會收到警告</translation>
    </message>
    <message>
        <source>Also open elsewhere: your save will be checked against their changes</source>
        <translation>此檔案也在他處開啟：儲存時會先比對對方的修改</translation>
    </message>
    <message>
        <source>Cannot open the release</source>
        <translation>無法開啟新聞稿</translation>
    </message>
    <message>
        <source>%1 (read-only)[*] — ReleaseDesk</source>
        <translation>%1（唯讀）[*] — ReleaseDesk</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>要儲存變更嗎？</translation>
    </message>
    <message>
        <source>The release “%1” has unsaved changes. Save them?</source>
        <translation>新聞稿「%1」有尚未儲存的變更，要儲存嗎？</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>release</source>
        <translation>新聞稿</translation>
    </message>
    <message>
        <source>Save release as</source>
        <translation>另存新聞稿</translation>
    </message>
    <message>
        <source>“%1” is open by %2 since %3. Replace it anyway?</source>
        <translation>「%1」已由 %2 於 %3 開啟。仍要取代嗎？</translation>
    </message>
    <message>
        <source>Cannot save the release</source>
        <translation>無法儲存新聞稿</translation>
    </message>
    <message>
        <source>Saved, but %1</source>
        <translation>已儲存，但%1</translation>
    </message>
    <message>
        <source>Read-only file</source>
        <translation>唯讀檔案</translation>
    </message>
    <message>
        <source>“%1” is marked read-only. Replace it anyway, or save a copy?</source>
        <translation>「%1」設為唯讀。仍要取代，或另存副本？</translation>
    </message>
    <message>
        <source>Save as Copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <source>Replace Anyway</source>
        <translation>仍要取代</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>無法比較</translation>
    </message>
    <message>
        <source>Changes: on disk → this window</source>
        <translation>差異：磁碟上的版本 → 本視窗</translation>
    </message>
    <message>
        <source>Autosave is failing (%1): save your work; a crash now would lose it</source>
        <translation>自動儲存失敗（%1）：請儲存您的工作，否則當機時將會遺失</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>要復原未儲存的工作嗎？</translation>
    </message>
    <message>
        <source>ReleaseDesk did not close properly last time. Unsaved changes to “%1” (autosaved %2) can be recovered.

Recover them now? “Discard” deletes the copy; “Cancel” asks again next time.</source>
        <translation>ReleaseDesk 上次未正常關閉。「%1」尚未儲存的變更（自動儲存於 %2）可以復原。

要立即復原嗎？選「捨棄」會刪除這份備份；選「取消」則下次啟動時再詢問。</translation>
    </message>
    <message>
        <source>Cannot recover the release</source>
        <translation>無法復原新聞稿</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and Replace</source>
        <translation>尋找與取代</translation>
    </message>
    <message>
        <source>&amp;Match case</source>
        <translation>大小寫須相符(&amp;M)</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>找下一個(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>取代(&amp;R)</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>全部取代(&amp;A)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>尋找(&amp;F)：</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>取代為(&amp;W)：</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>找不到</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>全部取代</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n occurrence(s)</source>
        <translation>
            <numerusform>已取代 %n 處</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormatToolBar</name>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Body text</source>
        <translation>內文</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>標題 1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>標題 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>標題 3</translation>
    </message>
    <message>
        <source>Paragraph style (Ctrl+0 … Ctrl+3)</source>
        <translation>段落樣式（Ctrl+0 … Ctrl+3）</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>粗體</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>斜體</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>底線</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>項目符號清單</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>編號清單</translation>
    </message>
    <message>
        <source>Decrease list level</source>
        <translation>減少清單層級</translation>
    </message>
    <message>
        <source>Increase list level</source>
        <translation>增加清單層級</translation>
    </message>
    <message>
        <source>Block quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>連結</translation>
    </message>
    <message>
        <source>Insert or edit link</source>
        <translation>插入或編輯連結</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>取消連結</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>移除連結</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>Insert image with caption</source>
        <translation>插入圖片與圖說</translation>
    </message>
    <message>
        <source>Table: insert, rows, columns, merge, header row</source>
        <translation>表格：插入、列、欄、合併、標題列</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Glossary and word list</source>
        <translation>詞彙表與字詞清單</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Official English</source>
        <translation>正式英文名稱</translation>
    </message>
    <message>
        <source>Deprecated (separate with |)</source>
        <translation>不再使用的譯名（以 | 分隔）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>匯入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>匯出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Remove &amp;word</source>
        <translation>移除字詞(&amp;W)</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>詞彙表</translation>
    </message>
    <message>
        <source>Word list</source>
        <translation>字詞清單</translation>
    </message>
    <message>
        <source>Row %1 needs both the Chinese term and its official English.</source>
        <translation>第 %1 列需要同時填寫中文詞彙與正式英文名稱。</translation>
    </message>
    <message>
        <source>Import glossary</source>
        <translation>匯入詞彙表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Export glossary</source>
        <translation>匯出詞彙表</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>ReleaseDesk user guide</source>
        <translation>ReleaseDesk 使用說明</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Versions and compare</source>
        <translation>版本與比較</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>送審</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已核定</translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation>已退回修改</translation>
    </message>
    <message>
        <source>Version saved</source>
        <translation>已儲存版本</translation>
    </message>
    <message>
        <source>Approved before approvals were recorded</source>
        <translation>記錄核定前即標為已核定</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Compare &amp;from:</source>
        <translation>比較版本(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>與(&amp;T)：</translation>
    </message>
    <message>
        <source>Current content</source>
        <translation>目前內容</translation>
    </message>
    <message>
        <source>Version %1 was edited by hand after it was recorded.</source>
        <translation>版本 %1 在記錄後曾被手動修改。</translation>
    </message>
    <message>
        <source>No differences in what is printed.</source>
        <translation>印出的內容沒有差異。</translation>
    </message>
</context>
<context>
    <name>InsertTableDialog</name>
    <message>
        <source>Insert Table</source>
        <translation>插入表格</translation>
    </message>
    <message>
        <source>First row is a header row</source>
        <translation>第一列為標題列</translation>
    </message>
    <message>
        <source>Optional, e.g. Table 1: Villages served, by region</source>
        <translation>選填，例如：表1：各區受惠村里數</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>列數(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>欄數(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;aption:</source>
        <translation>標題(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>LanguagePane</name>
    <message>
        <source>Chinese (zh-TW)</source>
        <translation>中文（台灣）</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Include this language in the release, the preview and exports</source>
        <translation>將此語言納入新聞稿、預覽與匯出</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Subheadline (optional)</source>
        <translation>副標題（選填）</translation>
    </message>
    <message>
        <source>About the agency: one paragraph per line</source>
        <translation>機關簡介：每行一段</translation>
    </message>
    <message>
        <source>He&amp;adline:</source>
        <translation>標題(&amp;A)：</translation>
    </message>
    <message>
        <source>Headl&amp;ine:</source>
        <translation>標題(&amp;I)：</translation>
    </message>
    <message>
        <source>Subheadline:</source>
        <translation>副標題：</translation>
    </message>
    <message>
        <source>Boilerplate:</source>
        <translation>機關簡介：</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>內文(&amp;B)：</translation>
    </message>
    <message>
        <source>B&amp;ody:</source>
        <translation>內文(&amp;O)：</translation>
    </message>
    <message>
        <source>Boiler&amp;plate:</source>
        <translation>機關簡介(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>Library unavailable</source>
        <translation>無法使用資料庫</translation>
    </message>
    <message>
        <source>Put the password in ~/.pgpass or a libpq service file, not in the address.</source>
        <translation>請將密碼放在 ~/.pgpass 或 libpq 服務檔，不要寫在位址中。</translation>
    </message>
    <message>
        <source>Library address</source>
        <translation>資料庫位址</translation>
    </message>
    <message>
        <source>sqlite:///PATH or postgresql://HOST/DATABASE (empty: this computer&apos;s library):</source>
        <translation>sqlite:///路徑 或 postgresql://主機/資料庫（留空：本機的資料庫）：</translation>
    </message>
    <message>
        <source>New release</source>
        <translation>新增新聞稿</translation>
    </message>
    <message>
        <source>Agency profile:</source>
        <translation>機關設定檔：</translation>
    </message>
    <message>
        <source>Cannot create the release</source>
        <translation>無法建立新聞稿</translation>
    </message>
    <message>
        <source>Cannot open the sample</source>
        <translation>無法開啟範例</translation>
    </message>
    <message>
        <source>Saved; the library is unavailable, so it was not kept there</source>
        <translation>已儲存；資料庫無法使用，未存入資料庫</translation>
    </message>
    <message>
        <source>Saved alongside a colleague&apos;s version</source>
        <translation>已與同事的版本並存</translation>
    </message>
    <message>
        <source>%1

Your version is kept in the library as a separate release (%2).</source>
        <translation>%1

您的版本已另存為資料庫中的另一篇新聞稿（%2）。</translation>
    </message>
    <message>
        <source>Saved; not kept in the library: %1</source>
        <translation>已儲存；未存入資料庫：%1</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>圖片（%1）</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>選擇標誌</translation>
    </message>
    <message>
        <source>Cannot read the logo</source>
        <translation>無法讀取標誌</translation>
    </message>
    <message>
        <source>Cannot use the logo</source>
        <translation>無法使用此標誌</translation>
    </message>
    <message>
        <source>Choose a PNG or JPEG image.</source>
        <translation>請選擇 PNG 或 JPEG 圖片。</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>Release library</source>
        <translation>新聞稿資料庫</translation>
    </message>
    <message>
        <source>Search headlines, text, numbers and names — 中文 or English</source>
        <translation>搜尋標題、內文、字號與姓名——中文或英文</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>所有狀態</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>審核中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已核定</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>字號</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Chinese headline</source>
        <translation>中文標題</translation>
    </message>
    <message>
        <source>English headline</source>
        <translation>英文標題</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;New from this release</source>
        <translation>以此篇新增(&amp;N)</translation>
    </message>
    <message>
        <source>Use its &amp;boilerplate</source>
        <translation>套用其機關簡介(&amp;B)</translation>
    </message>
    <message>
        <source>Use its &amp;contacts</source>
        <translation>套用其聯絡人(&amp;C)</translation>
    </message>
    <message>
        <source> (the newest %1 shown)</source>
        <translation>（顯示最新 %1 篇）</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s)</source>
        <translation>
            <numerusform>%n 篇新聞稿</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryMenus</name>
    <message>
        <source>New from &amp;Sample</source>
        <translation>從範例新增(&amp;S)</translation>
    </message>
    <message>
        <source>Release &amp;Library…</source>
        <translation>新聞稿資料庫(&amp;L)…</translation>
    </message>
    <message>
        <source>Agency &amp;Profiles…</source>
        <translation>機關設定檔(&amp;P)…</translation>
    </message>
    <message>
        <source>Library &amp;Address…</source>
        <translation>資料庫位址(&amp;A)…</translation>
    </message>
    <message>
        <source>Change &amp;Logo…</source>
        <translation>更換標誌(&amp;L)…</translation>
    </message>
    <message>
        <source>Remove Logo</source>
        <translation>移除標誌</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link</source>
        <translation>連結</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>文字(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>網址(&amp;A)：</translation>
    </message>
    <message>
        <source>The address needs a scheme, such as https:// or mailto:.</source>
        <translation>網址需要通訊協定，例如 https:// 或 mailto:。</translation>
    </message>
    <message>
        <source>Only web (http, https), e-mail (mailto:) and phone (tel:) links are allowed.</source>
        <translation>僅允許網頁（http、https）、電子郵件（mailto:）與電話（tel:）連結。</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>使用 %1</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>less than a minute ago</source>
        <translation>不到一分鐘前</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>%1 分鐘前</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>%1 小時前</translation>
    </message>
    <message>
        <source>“%1” is being opened by someone else right now.</source>
        <translation>「%1」此刻正由他人開啟中。</translation>
    </message>
    <message>
        <source>“%1” is open by %2 since %3 (last seen %4).</source>
        <translation>「%1」已由 %2 於 %3 開啟（最後活動：%4）。</translation>
    </message>
    <message>
        <source>Open it read-only to look without risk. If you open it anyway and both of you save, ReleaseDesk will show the conflict instead of overwriting.</source>
        <translation>以唯讀方式開啟可安全檢視。若仍要開啟並且雙方都儲存，ReleaseDesk 會顯示衝突，而不會直接覆蓋。</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>以唯讀開啟</translation>
    </message>
    <message>
        <source>Open Anyway</source>
        <translation>仍要開啟</translation>
    </message>
    <message>
        <source>The lock is from another computer, so ReleaseDesk cannot tell whether it is still in use.</source>
        <translation>此鎖定來自另一部電腦，ReleaseDesk 無法判斷是否仍在使用中。</translation>
    </message>
    <message>
        <source>Take Over Lock</source>
        <translation>接手鎖定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>File in use</source>
        <translation>檔案使用中</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Media contacts</source>
        <translation>新聞聯絡人</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新增(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存新檔(&amp;A)…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>匯出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;DOCX…</source>
        <translation>匯出 DOCX(&amp;D)…</translation>
    </message>
    <message>
        <source>Export Other &amp;Formats…</source>
        <translation>匯出其他格式(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>預覽列印(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find and Replace…</source>
        <translation>尋找與取代(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>找下一個(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近開啟的檔案(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪下(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼上(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全選(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>預覽(&amp;P)</translation>
    </message>
    <message>
        <source>Media &amp;contacts</source>
        <translation>新聞聯絡人(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Formatting toolbar</source>
        <translation>格式工具列(&amp;F)</translation>
    </message>
    <message>
        <source>Include &amp;Chinese</source>
        <translation>納入中文(&amp;C)</translation>
    </message>
    <message>
        <source>Include &amp;English</source>
        <translation>納入英文(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>介面語言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>依系統設定</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用說明(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About ReleaseDesk</source>
        <translation>關於 ReleaseDesk(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>復原「%1」(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做「%1」(&amp;R)</translation>
    </message>
    <message>
        <source>About ReleaseDesk</source>
        <translation>關於 ReleaseDesk</translation>
    </message>
    <message>
        <source>ReleaseDesk %1

Bilingual press releases (Traditional Chinese and English).</source>
        <translation>ReleaseDesk %1

中英雙語新聞稿編輯器（繁體中文與英文）。</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%1[*] — ReleaseDesk</source>
        <translation>%1[*] — ReleaseDesk</translation>
    </message>
    <message>
        <source>Chinese: not included</source>
        <translation>中文：未納入</translation>
    </message>
    <message>
        <source>English: not included</source>
        <translation>英文：未納入</translation>
    </message>
    <message numerus="yes">
        <source>Chinese: %n character(s)</source>
        <translation>
            <numerusform>中文：%n 字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>English: %n word(s)</source>
        <translation>
            <numerusform>英文：%n 詞</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetadataForm</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>狀態：</translation>
    </message>
    <message>
        <source>⚠ The embargo time has already passed.</source>
        <translation>⚠ 解禁時間已經過了。</translation>
    </message>
    <message>
        <source>⚠ The embargo lifts after the release date and time.</source>
        <translation>⚠ 解禁時間晚於發布日期時間。</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>審核中</translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation>已退回修改</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已核定</translation>
    </message>
    <message>
        <source>Changed after approval</source>
        <translation>核定後已修改</translation>
    </message>
    <message>
        <source>Approve again</source>
        <translation>請重新核定</translation>
    </message>
    <message>
        <source>Signature does not check</source>
        <translation>簽章驗證失敗</translation>
    </message>
    <message>
        <source>Immediate</source>
        <translation>即時發布</translation>
    </message>
    <message>
        <source>Embargoed until</source>
        <translation>解禁時間</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>單位(&amp;U)：</translation>
    </message>
    <message>
        <source>Date&amp;line:</source>
        <translation>電頭(&amp;L)：</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>機關(&amp;G)：</translation>
    </message>
    <message>
        <source>End &amp;mark:</source>
        <translation>結尾符號(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>編號(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Release:</source>
        <translation>發布(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>PairListDialog</name>
    <message>
        <source>Translation: pairs needing work</source>
        <translation>翻譯：需要處理的段落配對</translation>
    </message>
    <message>
        <source>Mark in &amp;sync</source>
        <translation>標示為一致(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Minor edit</source>
        <translation>小幅修改(&amp;M)</translation>
    </message>
    <message>
        <source>Show what &amp;changed</source>
        <translation>顯示變更內容(&amp;C)</translation>
    </message>
    <message>
        <source>Mark &amp;all in sync</source>
        <translation>全部標示為一致(&amp;A)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>PairLook</name>
    <message>
        <source>In sync</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>Minor edit</source>
        <translation>小幅修改</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>待更新</translation>
    </message>
    <message>
        <source>To translate</source>
        <translation>待翻譯</translation>
    </message>
    <message>
        <source>Not yet confirmed</source>
        <translation>尚未確認</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>In sync: both languages say the same since they were last confirmed.</source>
        <translation>一致：自上次確認後，兩種語言的內容相同。</translation>
    </message>
    <message>
        <source>Minor edit: changed since confirmed, marked as needing no retranslation.</source>
        <translation>小幅修改：確認後有修改，但已標示為不需重新翻譯。</translation>
    </message>
    <message>
        <source>Out of date: both languages changed since they were last confirmed in sync.</source>
        <translation>待更新：自上次確認一致後，兩種語言都有修改。</translation>
    </message>
    <message>
        <source>Out of date: the %1 changed since it was confirmed. Update the translation, then mark it in sync.</source>
        <translation>待更新：%1在確認後有修改。請更新譯文，再標示為一致。</translation>
    </message>
    <message>
        <source>To translate into %1.</source>
        <translation>待翻譯成%1。</translation>
    </message>
    <message>
        <source>Not yet confirmed: check that both languages say the same, then mark in sync.</source>
        <translation>尚未確認：請檢查兩種語言內容相同，再標示為一致。</translation>
    </message>
    <message>
        <source>Block %1 (Chinese) / %2 (English)</source>
        <translation>中文第 %1 段／英文第 %2 段</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Subheadline</source>
        <translation>副標題</translation>
    </message>
    <message>
        <source>Boilerplate</source>
        <translation>機關簡介</translation>
    </message>
    <message>
        <source>Alt text of image “%1”</source>
        <translation>圖片「%1」的替代文字</translation>
    </message>
    <message>
        <source>Web addresses</source>
        <translation>網址</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>電子郵件地址</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>電話號碼</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Percentages</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>數字</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 disagree: %2 (Chinese) ↔ %3 (English)</source>
        <translation>%1不一致：%2（中文）↔ %3（英文）</translation>
    </message>
    <message numerus="yes">
        <source>%n in sync</source>
        <translation>
            <numerusform>%n 組一致</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out of date</source>
        <translation>
            <numerusform>%n 組待更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to translate</source>
        <translation>
            <numerusform>%n 組待翻譯</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not confirmed</source>
        <translation>
            <numerusform>%n 組尚未確認</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PairTracker</name>
    <message numerus="yes">
        <source>You deleted %n Chinese paragraph(s). Delete the English translation too?</source>
        <translation>
            <numerusform>您刪除了 %n 個中文段落。要一併刪除對應的英文譯文嗎？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You deleted %n English paragraph(s). Delete the Chinese partner too?</source>
        <translation>
            <numerusform>您刪除了 %n 個英文段落。要一併刪除對應的中文段落嗎？</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the partner?</source>
        <translation>一併刪除對應段落？</translation>
    </message>
</context>
<context>
    <name>PairsController</name>
    <message>
        <source>Translation pairs: click for the list of pairs needing work</source>
        <translation>翻譯段落配對：按一下可列出需要處理的配對</translation>
    </message>
    <message>
        <source>Mark in &amp;sync</source>
        <translation>標示為一致(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Minor edit (no retranslation needed)</source>
        <translation>小幅修改，不需重新翻譯(&amp;M)</translation>
    </message>
    <message>
        <source>Show what &amp;changed</source>
        <translation>顯示變更內容(&amp;C)</translation>
    </message>
    <message>
        <source>Pairs needing &amp;work…</source>
        <translation>需要處理的配對(&amp;W)…</translation>
    </message>
    <message>
        <source>Mark &amp;all in sync</source>
        <translation>全部標示為一致(&amp;A)</translation>
    </message>
    <message>
        <source>Scroll &amp;together</source>
        <translation>同步捲動(&amp;T)</translation>
    </message>
    <message>
        <source>Lin&amp;ked Languages</source>
        <translation>雙語對照(&amp;K)</translation>
    </message>
    <message>
        <source>Translation pairs never confirmed: check them, then Linked Languages → Mark all in sync.</source>
        <translation>翻譯段落配對從未確認：請檢查後選擇「雙語對照 → 全部標示為一致」。</translation>
    </message>
</context>
<context>
    <name>PreflightText</name>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>%1 body, paragraph %2</source>
        <translation>%1內文第 %2 段</translation>
    </message>
    <message>
        <source>%1 body, heading %2</source>
        <translation>%1內文第 %2 個小標題</translation>
    </message>
    <message>
        <source>%1 body, list item %2</source>
        <translation>%1內文第 %2 個清單項目</translation>
    </message>
    <message>
        <source>%1 body, quote %2</source>
        <translation>%1內文第 %2 段引文</translation>
    </message>
    <message>
        <source>%1 body, caption %2</source>
        <translation>%1內文第 %2 個圖說</translation>
    </message>
    <message>
        <source>Release number</source>
        <translation>新聞稿編號</translation>
    </message>
    <message>
        <source>Embargo</source>
        <translation>解禁時間</translation>
    </message>
    <message>
        <source>PDF fonts</source>
        <translation>PDF 字型</translation>
    </message>
    <message>
        <source>Logo “%1”</source>
        <translation>標誌「%1」</translation>
    </message>
    <message>
        <source>Image “%1” (%2 body, block %3)</source>
        <translation>圖片「%1」（%2內文第 %3 個區塊）</translation>
    </message>
    <message>
        <source>%1 media contact %2</source>
        <translation>%1第 %2 位新聞聯絡人</translation>
    </message>
    <message>
        <source>%1 agency name</source>
        <translation>%1機關名稱</translation>
    </message>
    <message>
        <source>%1 issuing unit</source>
        <translation>%1發布單位</translation>
    </message>
    <message>
        <source>%1 headline</source>
        <translation>%1標題</translation>
    </message>
    <message>
        <source>%1 subheadline</source>
        <translation>%1副標題</translation>
    </message>
    <message>
        <source>%1 dateline</source>
        <translation>%1電頭</translation>
    </message>
    <message>
        <source>%1 end mark</source>
        <translation>%1結尾符號</translation>
    </message>
    <message>
        <source>%1 boilerplate</source>
        <translation>%1機關簡介</translation>
    </message>
    <message>
        <source>%1 media contacts</source>
        <translation>%1新聞聯絡人</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>未填寫</translation>
    </message>
    <message>
        <source>no media contact to print</source>
        <translation>沒有可印出的新聞聯絡人</translation>
    </message>
    <message>
        <source>has no name in this language; the other language&apos;s name is printed</source>
        <translation>沒有此語言的姓名，將印出另一語言的姓名</translation>
    </message>
    <message>
        <source>%1 has already passed</source>
        <translation>%1 已經過去</translation>
    </message>
    <message>
        <source>will be removed on export: %1</source>
        <translation>匯出時會移除 %1</translation>
    </message>
    <message>
        <source>no PDF font can draw %1</source>
        <translation>沒有 PDF 字型能顯示 %1</translation>
    </message>
    <message>
        <source>cannot be read as an image</source>
        <translation>無法讀取為圖片</translation>
    </message>
    <message>
        <source>is too large to use (a decompression bomb?): replace it with a smaller image</source>
        <translation>圖片過大無法使用（可能是解壓縮炸彈）：請換成較小的圖片</translation>
    </message>
    <message>
        <source>has damaged pixel data and cannot be shown: insert the image again</source>
        <translation>圖片像素資料損壞，無法顯示：請重新插入圖片</translation>
    </message>
    <message>
        <source>%1 px wide prints at %2 dpi across the column (%3 dpi needs %4 px)</source>
        <translation>寬 %1 像素，依欄寬列印只有 %2 dpi（%3 dpi 需要 %4 像素）</translation>
    </message>
    <message>
        <source>“%1” is not installed</source>
        <translation>未安裝「%1」</translation>
    </message>
    <message>
        <source>The release has no text to export.</source>
        <translation>這份新聞稿沒有可匯出的文字。</translation>
    </message>
    <message>
        <source>The release has no Chinese text to export.</source>
        <translation>這份新聞稿沒有可匯出的中文文字。</translation>
    </message>
    <message>
        <source>The release has no English text to export.</source>
        <translation>這份新聞稿沒有可匯出的英文文字。</translation>
    </message>
    <message>
        <source>Translation pairs</source>
        <translation>翻譯段落配對</translation>
    </message>
    <message>
        <source>Chinese block %1 / English block %2</source>
        <translation>中文第 %1 段／英文第 %2 段</translation>
    </message>
    <message>
        <source>Chinese and English</source>
        <translation>中英文</translation>
    </message>
    <message>
        <source>%1 body, block %2</source>
        <translation>%1內文第 %2 個區塊</translation>
    </message>
    <message>
        <source>%1 alt text of image “%2”</source>
        <translation>%1圖片「%2」的替代文字</translation>
    </message>
    <message numerus="yes">
        <source>%n not yet confirmed in sync (confirm them in the Linked Languages menu)</source>
        <translation>
            <numerusform>%n 組尚未確認一致（請在「雙語對照」選單中確認）</numerusform>
        </translation>
    </message>
    <message>
        <source>to translate into %1: “%2”</source>
        <translation>待翻譯成%1：「%2」</translation>
    </message>
    <message>
        <source>out of date (both languages changed since confirmed): “%1”</source>
        <translation>待更新（確認後兩種語言都有修改）：「%1」</translation>
    </message>
    <message>
        <source>out of date (the %1 changed since confirmed): “%2”</source>
        <translation>待更新（%1在確認後有修改）：「%2」</translation>
    </message>
    <message>
        <source>web addresses</source>
        <translation>網址</translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <translation>電子郵件地址</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>電話號碼</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>times</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>percentages</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>figures</source>
        <translation>數字</translation>
    </message>
    <message>
        <source>months</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>%1 disagree: %2 (Chinese) ↔ %3 (English)</source>
        <translation>%1不一致：%2（中文）↔ %3（英文）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>PreviewProcess</name>
    <message>
        <source>it crashed</source>
        <translation>程式當掉</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>結束代碼 %1</translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <source>Both languages</source>
        <translation>中英雙語</translation>
    </message>
    <message>
        <source>Chinese (zh-TW)</source>
        <translation>中文（台灣）</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>跳至頁面</translation>
    </message>
    <message numerus="yes">
        <source>of %n</source>
        <translation>
            <numerusform>／共 %n 頁</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>符合寬度</translation>
    </message>
    <message>
        <source>Fit the page width</source>
        <translation>縮放至頁面寬度</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>頁</translation>
    </message>
    <message>
        <source>The preview renderer stopped (%1) and was restarted.</source>
        <translation>預覽繪製程式已停止（%1），已重新啟動。</translation>
    </message>
    <message>
        <source>The preview renderer keeps stopping (%1): rendering in the window instead.</source>
        <translation>預覽繪製程式一再停止（%1）：改在本視窗內繪製。</translation>
    </message>
    <message>
        <source>The release has no text in this language.</source>
        <translation>這份新聞稿沒有此語言的內容。</translation>
    </message>
    <message>
        <source>The preview could not be rendered: %1</source>
        <translation>無法產生預覽：%1</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>The release has no text in the language chosen in the preview.</source>
        <translation>這份新聞稿沒有預覽所選語言的內容。</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>無法列印</translation>
    </message>
    <message>
        <source>Print release</source>
        <translation>列印新聞稿</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>預覽列印</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Agency profiles</source>
        <translation>機關設定檔</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>新增設定檔…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>機關</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>發稿地</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>About (Chinese)</source>
        <translation>機關簡介（中文）</translation>
    </message>
    <message>
        <source>About (English)</source>
        <translation>機關簡介（英文）</translation>
    </message>
    <message>
        <source>Number scheme</source>
        <translation>字號格式</translation>
    </message>
    <message>
        <source>Change logo…</source>
        <translation>更換標誌…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>移除標誌</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>標誌</translation>
    </message>
    <message>
        <source>Use the window&apos;s contacts</source>
        <translation>使用視窗中的聯絡人</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>設定檔：</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>無標誌</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Cannot save the profile</source>
        <translation>無法儲存設定檔</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新增設定檔</translation>
    </message>
    <message>
        <source>Name of the new agency profile:</source>
        <translation>新機關設定檔名稱：</translation>
    </message>
    <message>
        <source>Cannot create the profile</source>
        <translation>無法建立設定檔</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>圖片（%1）</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>選擇標誌</translation>
    </message>
    <message>
        <source>Cannot read the logo</source>
        <translation>無法讀取標誌</translation>
    </message>
    <message>
        <source>Cannot use the logo</source>
        <translation>無法使用此標誌</translation>
    </message>
    <message>
        <source>Choose a PNG or JPEG image.</source>
        <translation>請選擇 PNG 或 JPEG 圖片。</translation>
    </message>
</context>
<context>
    <name>ReleaseHistory</name>
    <message numerus="yes">
        <source>Add %n contact(s)</source>
        <translation>
            <numerusform>新增 %n 位聯絡人</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove contact %1</source>
        <translation>移除聯絡人%1</translation>
    </message>
    <message>
        <source>Move contact %1</source>
        <translation>移動聯絡人%1</translation>
    </message>
    <message>
        <source>Update %1 from the directory</source>
        <translation>依通訊錄更新%1</translation>
    </message>
    <message>
        <source>Edit contact %1</source>
        <translation>編輯聯絡人%1</translation>
    </message>
    <message>
        <source>Edit contacts</source>
        <translation>編輯聯絡人</translation>
    </message>
    <message>
        <source>Edit agency</source>
        <translation>編輯機關</translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation>編輯單位</translation>
    </message>
    <message>
        <source>Edit dateline</source>
        <translation>編輯電頭</translation>
    </message>
    <message>
        <source>Edit end mark</source>
        <translation>編輯結尾符號</translation>
    </message>
    <message>
        <source>Edit number</source>
        <translation>編輯編號</translation>
    </message>
    <message>
        <source>Change date</source>
        <translation>變更日期</translation>
    </message>
    <message>
        <source>Change release line</source>
        <translation>變更發布方式</translation>
    </message>
    <message>
        <source>Include Chinese</source>
        <translation>納入中文</translation>
    </message>
    <message>
        <source>Include English</source>
        <translation>納入英文</translation>
    </message>
    <message>
        <source>Edit Chinese headline</source>
        <translation>編輯中文標題</translation>
    </message>
    <message>
        <source>Edit English headline</source>
        <translation>編輯英文標題</translation>
    </message>
    <message>
        <source>Edit Chinese subheadline</source>
        <translation>編輯中文副標題</translation>
    </message>
    <message>
        <source>Edit English subheadline</source>
        <translation>編輯英文副標題</translation>
    </message>
    <message>
        <source>Edit Chinese body</source>
        <translation>編輯中文內文</translation>
    </message>
    <message>
        <source>Edit English body</source>
        <translation>編輯英文內文</translation>
    </message>
    <message>
        <source>Edit Chinese boilerplate</source>
        <translation>編輯中文機關簡介</translation>
    </message>
    <message>
        <source>Edit English boilerplate</source>
        <translation>編輯英文機關簡介</translation>
    </message>
</context>
<context>
    <name>RichTextEditor</name>
    <message>
        <source>Body text</source>
        <translation>內文</translation>
    </message>
    <message>
        <source>{0}: not an image this editor can read</source>
        <translation>{0}：編輯器無法讀取這個圖片格式</translation>
    </message>
    <message>
        <source>Insert image</source>
        <translation>插入圖片</translation>
    </message>
    <message>
        <source>Images ({0})</source>
        <translation>圖片 ({0})</translation>
    </message>
    <message>
        <source>Image caption</source>
        <translation>圖說</translation>
    </message>
    <message>
        <source>Caption (optional):</source>
        <translation>圖說（選填）：</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>圖說</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>粗體</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>斜體</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>底線</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>標題 1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>標題 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>標題 3</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>項目符號清單</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>編號清單</translation>
    </message>
    <message>
        <source>Block quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>連結…</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>移除連結</translation>
    </message>
    <message>
        <source>the image is too large ({0} × {1} pixels)</source>
        <translation>圖片過大（{0} × {1} 像素）</translation>
    </message>
    <message>
        <source>The picture was {0} × {1} pixels, more than print needs: stored at {2} × {3}.</source>
        <translation>圖片原為 {0} × {1} 像素，超過列印所需：已縮小為 {2} × {3} 儲存。</translation>
    </message>
</context>
<context>
    <name>TableMenu</name>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Insert table…</source>
        <translation>插入表格…</translation>
    </message>
    <message>
        <source>Insert row above</source>
        <translation>在上方插入列</translation>
    </message>
    <message>
        <source>Insert row below</source>
        <translation>在下方插入列</translation>
    </message>
    <message>
        <source>Delete row</source>
        <translation>刪除列</translation>
    </message>
    <message>
        <source>Insert column left</source>
        <translation>在左側插入欄</translation>
    </message>
    <message>
        <source>Insert column right</source>
        <translation>在右側插入欄</translation>
    </message>
    <message>
        <source>Delete column</source>
        <translation>刪除欄</translation>
    </message>
    <message>
        <source>Merge cells</source>
        <translation>合併儲存格</translation>
    </message>
    <message>
        <source>Split cell</source>
        <translation>分割儲存格</translation>
    </message>
    <message>
        <source>Header row on/off</source>
        <translation>標題列開／關</translation>
    </message>
</context>
</TS>
