/**
 * WordPress's RSS footer ("The post %1$s appeared first on %2$s.") in its translations: feed scrapers keep it, and
 * its first link is the original article. Each pattern is the fixed middle of the sentence, from WordPress core and
 * SEO-plugin translation files (Yoast's "rss_after" default uses the same sentence).
 */
export const FEED_FOOTER_PATTERNS: readonly RegExp[] = [
  /(?<![\p{L}\p{N}])proviene da(?![\p{L}\p{N}])/iu, // it (Yoast)
  /(?<![\p{L}\p{N}])foi publicado primeiro em(?![\p{L}\p{N}])/iu, // pt-PT
  /(?<![\p{L}\p{N}])впервые появил(?:ась|ось|ся) на(?![\p{L}\p{N}])/iu, // ru variant
  /(?<![\p{L}\p{N}])спочатку з'явив(?:ся|ась) на(?![\p{L}\p{N}])/iu, // uk
  /(?<![\p{L}\p{N}])xuất hiện (?:lần )?đầu tiên/iu, // vi variants
  /(?<![\p{L}\p{N}])pochází z(?![\p{L}\p{N}])/iu, // cs (Yoast)
  /(?<![\p{L}\p{N}])dök först upp på(?![\p{L}\p{N}])/iu, // sv (Yoast)
  /(?<![\p{L}\p{N}])blev først udgivet på(?![\p{L}\p{N}])/iu, // da (Yoast)
  /(?<![\p{L}\p{N}])julkaistiin (?:ensin|ensimmäisen kerran)/iu, // fi
  /(?<![\p{L}\p{N}])apare prima dată (?:în|pe)(?![\p{L}\p{N}])/iu, // ro
  /(?<![\p{L}\p{N}])először .{1,120}? jelent meg/iu, // hu
  /הופיע לראשונה/u, // he
  /ปรากฏครั้งแรก/u, // th
  /पहली बार .{1,120}? (?:पर|में) (?:दिखाई दिया|प्रकाशित)/u, // hi
  /(?<![\p{L}\p{N}])appeared first on(?![\p{L}\p{N}])/iu, // en
  /(?<![\p{L}\p{N}])first appeared on(?![\p{L}\p{N}])/iu, // en, plugin variant
  /(?<![\p{L}\p{N}])est apparu en premier sur(?![\p{L}\p{N}])/iu, // fr
  /(?<![\p{L}\p{N}])se publicó primero en(?![\p{L}\p{N}])/iu, // es
  /(?<![\p{L}\p{N}])aparece primero en(?![\p{L}\p{N}])/iu, // es (older)
  /(?<![\p{L}\p{N}])apareció primero en(?![\p{L}\p{N}])/iu, // es-MX
  /(?<![\p{L}\p{N}])erschien zuerst auf(?![\p{L}\p{N}])/iu, // de
  /(?<![\p{L}\p{N}])ist zuerst erschienen auf(?![\p{L}\p{N}])/iu, // de variant
  /(?<![\p{L}\p{N}])apareceu primeiro em(?![\p{L}\p{N}])/iu, // pt-BR
  /(?<![\p{L}\p{N}])apareceu pela primeira vez em(?![\p{L}\p{N}])/iu, // pt
  /(?<![\p{L}\p{N}])sembra essere il primo su(?![\p{L}\p{N}])/iu, // it
  /(?<![\p{L}\p{N}])è apparso per la prima volta su(?![\p{L}\p{N}])/iu, // it variant
  /(?<![\p{L}\p{N}])verscheen eerst op(?![\p{L}\p{N}])/iu, // nl
  /(?<![\p{L}\p{N}])xuất hiện đầu tiên (?:tại|trên)(?![\p{L}\p{N}])/iu, // vi
  /(?<![\p{L}\p{N}])muncul pertama kali (?:di|pada)(?![\p{L}\p{N}])/iu, // id
  /(?<![\p{L}\p{N}])появились сначала на(?![\p{L}\p{N}])/iu, // ru
  /(?<![\p{L}\p{N}])появилось сначала на(?![\p{L}\p{N}])/iu, // ru variant
  /(?<![\p{L}\p{N}])pochodzi z serwisu(?![\p{L}\p{N}])/iu, // pl
  /(?<![\p{L}\p{N}])se nejdříve objevil na(?![\p{L}\p{N}])/iu, // cs
  /(?<![\p{L}\p{N}])ilk önce .{0,120}?üzerinde ortaya çıktı/iu, // tr
  /に最初に表示されました/u, // ja
  /最先出现在/u, // zh-CN
  /最先出現在/u, // zh-TW
  /에 처음 등장했습니다/u, // ko
  /(?<![\p{L}\p{N}])dök fel först på(?![\p{L}\p{N}])/iu, // sv
  /(?<![\p{L}\p{N}])blev først vist på(?![\p{L}\p{N}])/iu, // da
  /(?<![\p{L}\p{N}])dukket først opp på(?![\p{L}\p{N}])/iu, // nb
  /(?<![\p{L}\p{N}])ilmestyi ensimmäisenä(?![\p{L}\p{N}])/iu, // fi
  /(?<![\p{L}\p{N}])a apărut prima dată pe(?![\p{L}\p{N}])/iu, // ro
  /(?<![\p{L}\p{N}])jelent meg először(?![\p{L}\p{N}])/iu, // hu
  /(?<![\p{L}\p{N}])εμφανίστηκε πρώτα στο(?![\p{L}\p{N}])/iu, // el
  /ظهر أولاً على|ظهرت أولاً على|ظهرت أولا على/u, // ar
  /(?<![\p{L}\p{N}])појавио се први пут на(?![\p{L}\p{N}])/iu, // sr
];
